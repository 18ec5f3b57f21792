@include('public.header')
    <body style="overflow-x: hidden;overflow-y: auto;">
    <script src="/static/js/common.js"></script>
    <div class="top_seven">
    	<!--<div class="logo">
    		 <img src="/static/img/logo.png" alt="">
    	</div>
        <h2>2017 VICTOR品牌大會</h2>
        <h3>暨秋冬新品發布會</h3>-->
    </div>
    <div class="footer_seven">
        <p class="huiyi">会议流程</p>
        <div class="title">8月22日 周二</div>
        <div class="content">
            <table border="0" cellspacing="0" cellpadding="8">
                <tr>
                    <td class="times">8:30起</td>
                    <td>会议报到</td>
                    <td style="padding-right: 0.38rem;">国际青年会议酒店 大堂</td>
                </tr>
                <tr>
						<td>11:30-13:30</td>
						<td>午餐</td>
						<td style="">国际青年文化中心--8楼中庭</td>
				</tr>
				<tr>
						<td>13:00-17:30</td>
						<td>产品展示与订货</td>
						<td style="">国际青年文化中心：</td>
				</tr>
                <tr>
						<td></td>
						<td></td>
						<td style="line-height: 0.04rem;padding-right: 0.38rem;">主展厅--5楼中华厅</td>
					</tr>
                <tr>
                   <td></td>
					<td></td>
					<td style="line-height: 0.04rem;">特价产品展示区--5楼中庭</td>
                </tr>
                <tr>
                    <td></td>
                    <td></td>
                    <td style="font-size: 0.10rem;line-height: 0.04rem;">慕乐护具展示区--5楼中庭</td>
                </tr>
                <tr>
						<td></td>
						<td></td>
						<td style="font-size: 0.10rem;line-height: 0.04rem;">六星蛋白棒展示区--5楼中庭</td>
				</tr>
               
                <tr>
                    <td  class="times">14:00-17:00</td>
                  	<td>产品试打体验</td>
					<td>国际青年文化中心--5楼中庭试打区</td>
                </tr>
                <tr>
                    <td  class="times">18:00-21:30</td>                
					<td>欢迎晚宴</td>
					<td>国际青年文化中心--5楼南京厅</td>
                </tr>
            </table>
        </div>
        <div class="title">8月23 周三</div>
        <div class="content_1">
            <table border="0" cellspacing="0" cellpadding="8">
                <tr>
                    <td  class="times">6:30-8:30</td>
                    <td>早餐</td>
                    <td style="padding-right: 0.38rem;">国际青年会议酒店 餐厅 </td>
                </tr>
                <tr>
                    <td  class="times">8:30-11:30</td>
                    <td >经销商大会/新品服装秀</td>
                    <td style="">国际青年文化中心--5楼南京厅</td>
                </tr>
                <tr>
                    <td  class="times">11:30-13:30</td>
                    <td>午餐</td>
                    <td>国际青年文化中心--8楼中庭</td>
                </tr>
                <tr>
                    <td  class="times">12:00-22:00</td>
                    <td>产品展示与订货</td>
                    <td>国际青年文化中心 各展厅</td>
                </tr>
                <tr>
                    <td  class="times">14:00-17:00</td>
                    <td>产品试打体验</td>
                    <td>国际青年文化中心--5楼中庭试打区</td>
                </tr>
                <tr>
                    <td class="times">14:00-15:00</td>
                    <td>VICTOR&nbsp;&amp;&nbsp;SIX STAR
                        品牌战略合作签约仪式
                    </td>
                    <td>国际青年文化中心--5楼建邺厅</td>
                </tr>
                <tr>
                    <td  class="times">17:00-19:30</td>
                    <td>晚餐</td>
                    <td>国际青年文化中心--8楼中庭</td>
                </tr>           
            </table>
        </div>
        <div class="title">8月24日 周四</div>
        <div class="content_2">
            <table border="0" cellspacing="0" cellpadding="8">
                <tr>
                    <td class="times">6:30-9:00</td>
                    <td>早餐</td>
                    <td style="padding-right: 0.38rem;">国际青年会议酒店 餐厅 </td>
                </tr>
                <tr>
                    <td class="times">8:30-12:00</td>
                    <td>产品展示与订货</td>
                    <td>国际青年文化中心 各展厅</td>
                </tr>
                <tr>
                    <td class="times">11:30-13:30</td>
                    <td>午餐</td>
                    <td>国际青年文化中心--8楼中庭</td>
                </tr>
                <tr>
                    <td class="times">12:00</td>
                    <td>嘉宾退房/返程</td>
                    <td>国际青年会议酒店</td>
                </tr>
            </table>
        </div>
    </div>
    </body>
</html>