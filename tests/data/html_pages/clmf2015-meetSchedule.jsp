<%@ page language="java" import="java.util.*" pageEncoding="UTF-8"%>
<!DOCTYPE html>
<html>
	<head>

		<meta charset="utf-8">
		<title>嘉宾会议日程</title>
		<!-- Mobile Meta -->
		<meta name="viewport" content="width=device-width, initial-scale=1.0">
		<!-- Favicon -->
		<link rel="stylesheet" href="http://apps.bdimg.com/libs/bootstrap/3.3.0/css/bootstrap.min.css">

		<!-- Font Awesome CSS -->
		<link rel="stylesheet" href="${contextPath}/CLMF-frontUI-dev/font-awesome-4.3.0/css/font-awesome.css" />
		<!-- Plugins -->
		<link rel="stylesheet" href="${contextPath}/CLMF-frontUI-dev/css/animations.css">
		<!-- Worthy core CSS file -->
		<link rel="stylesheet" href="${contextPath}/CLMF-frontUI-dev/css/style.css">
		<link rel="stylesheet" href="${contextPath}/CLMF-frontUI-dev/css/cotmer.css">
	</head>
	<body>
		<!--会议日程开始-->
		<div class="container">
			<h1 id="services" class="text-center title">会议日程</h1>

			<div class="row col-md-offset-2 col-md-10">
				<div class="col-sm-12 col-lg-6  col-md-6">

					<div class="media">
						<div class="media-right">
							<i class="fa fa-recycle fa-2x"></i>
						</div>
						<div class="media-body text-left">
							<h4 class="media-heading">8月21日 星期五</h4>
							<p style="margin-top: 14px; margin-left: 18px;">08:00-24:00&nbsp;&nbsp;全天论坛报到</p>
						</div>

					</div>

					<div class="media">
						<div class="media-right">
							<i class="fa fa-recycle fa-2x"></i>
						</div>
						<div class="media-body text-left">
							<h4 class="media-heading">8月22日 星期六</h4>
							<p style="margin-top: 14px; margin-left: 18px;">08:00-08:30 &nbsp;&nbsp;论坛代表合影 </p>
							<p style="margin-top: 14px; margin-left: 18px;">09:00-09:50 &nbsp;&nbsp;论坛开幕式</p>
							<p style="margin-top: 14px; margin-left: 18px;">10:00-11:30 &nbsp;&nbsp;高端论坛 </p>
							<p style="margin-top: 14px; margin-left: 18px;">11:40-12:10 &nbsp;&nbsp;会见活动</p>
							<p style="margin-top: 14px; margin-left: 18px;">12:00-13:00 &nbsp;&nbsp;主题午餐</p>
							<p style="margin-top: 14px; margin-left: 18px;">13:00-13:50 &nbsp;&nbsp;“走遍大地神州，醉美多彩贵州”贵州民族民俗风情展示</p>
							<p style="margin-top: 14px; margin-left: 18px;">14:00-16:40 &nbsp;&nbsp;专题演讲 </p>
							<p style="margin-top: 14px; margin-left: 18px;line-height: 30px;">17:00-19:00 &nbsp;&nbsp;聚焦贵州--媒体见面会及欢迎招待会  </p>
					
						</div>

					</div>

			

					<div class="media">
						<div class="media-right">
							<i class="fa fa-recycle fa-2x"></i>
						</div>
						<div class="media-body text-left">
							<h4 class="media-heading">8月23日 星期日</h4>
							<p style="margin-top: 14px; margin-left: 18px;line-height: 30px;">09:00-12:00&nbsp;&nbsp;主题分论坛：</br>第一分论坛&nbsp;&nbsp;“中国故事”国际传播</br>第二分论坛&nbsp;&nbsp;新媒体技术与华文媒体发展</br>第三分论坛 &nbsp;&nbsp;传统媒体合作与发展 
							</br>第四分论坛 &nbsp;&nbsp;媒体的经营与生存</p>
							<p style="margin-top: 14px; margin-left: 18px; line-height: 30px;">14:30-15:50&nbsp;&nbsp;大会发言</p>
							<p style="margin-top: 14px; margin-left: 18px; line-height: 30px;">15:50-16:20 &nbsp;&nbsp;签约仪式</p>
							<p style="margin-top: 14px; margin-left: 18px; line-height: 30px;">16:20-17:20 &nbsp;&nbsp;闭幕式
							</p>
							<p style="margin-top: 14px; margin-left: 18px;line-height: 30px;">20:00-22:00&nbsp;&nbsp;观看《多彩贵州风》文艺演出</p>
						</div>

					</div>

				</div>

				<div class="space visible-xs"></div>

				<div class="col-sm-12 col-lg-6 col-md-6">
					
					<div class="media">
						<div class="media-left">
							<i class="fa fa-recycle fa-2x"></i>
						</div>
						<div class="media-body">
							<h4 class="media-heading">8月24日 星期一</h4>
							<p style="margin-top: 14px; margin-left: 18px;line-height: 34px;">08:00-18:00 贵阳市内参访
							</p>
						</div>
					</div>
					<div class="media">
						<div class="media-left">
							<i class="fa fa-recycle fa-2x"></i>
						</div>
						<div class="media-body">
							<h4 class="media-heading">8月25日星期二</h4>
							<p style="margin-top: 14px; margin-left: 18px;line-height: 34px;">09:00-12:00&nbsp;&nbsp;贵安新区分论坛</p>
						    <p style="margin-top: 14px; margin-left: 18px;line-height: 34px;">13:00- &nbsp;&nbsp;境外代表赴贵州省内及外地参访</p>
						</div>
					</div>

				</div>
			</div>
		</div>
		<!--会议日程结束-->
			
		<script src="${contextPath}/CLMF-frontUI-dev/bootstrap-3.3.4-dist/bootstrap-3.3.4-dist/js/jquery.js"></script>
		<script src="${contextPath}/CLMF-frontUI-dev/bootstrap-3.3.4-dist/bootstrap-3.3.4-dist/js/bootstrap.min.js"></script>
		<!-- Modernizr javascript -->
		<script type="text/javascript" src="${contextPath}/CLMF-frontUI-dev/plugins/modernizr.js"></script>
		<!-- Isotope javascript -->
		<script type="text/javascript" src="${contextPath}/CLMF-frontUI-dev/plugins/isotope/isotope.pkgd.min.js"></script>
		<!-- Backstretch javascript -->
		<script type="text/javascript" src="${contextPath}/CLMF-frontUI-dev/plugins/jquery.backstretch.min.js"></script>
		<!-- Appear javascript -->
		<script type="text/javascript" src="${contextPath}/CLMF-frontUI-dev/plugins/jquery.appear.js"></script>
		<!-- Initialization of Plugins -->
		<script type="text/javascript" src="${contextPath}/CLMF-frontUI-dev/js/template.js"></script>
		<!-- Custom Scripts -->
		<script type="text/javascript" src="${contextPath}/CLMF-frontUI-dev/js/custom.js"></script>
		<script type="text/javascript" src="${contextPath}/CLMF-frontUI-dev/js/valid.js"></script>
	</body>
</html>
