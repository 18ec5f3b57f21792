<?php
/**
Template Name: program_131218
 */
get_header(); ?>

<section class="program-page">
	<div class="container">
		<div class="page-header">
			<h1> プログラム </h1>
		</div>
		<div class="row">
			<div class="col-lg-12">
				<p class="lead">セッション確定次第順次更新中です。</p>
				<TABLE class="time-table table table-striped">
					<tr class="place">
						<td>&nbsp;</td>
						<td class="text-center">大会場<span>(400)</span><a target="_blank" href="https://twitter.com/search/realtime?q=%23CROSS2014x">#cross2014x</a></td>
						<td class="text-center">A会場<span>(180)</span><a target="_blank" href="https://twitter.com/search/realtime?q=%23CROSS2014a">#cross2014a</a></td>
						<td class="text-center">B会場<span>(180)</span><a target="_blank" href="https://twitter.com/search/realtime?q=%23CROSS2014b">#cross2014b</a></td>
						<td class="text-center">C会場<span>(90)</span><a target="_blank" href="https://twitter.com/search/realtime?q=%23CROSS2014c">#cross2014c</a></td>
						<td class="text-center">D会場<span>(90)</span><a target="_blank" href="https://twitter.com/search/realtime?q=%23CROSS2014d">#cross2014d</a></td>
						<td class="text-center">E会場<span>(50)</span><a target="_blank" href="https://twitter.com/search/realtime?q=%23CROSS2014e">#cross2014e</a></td>
					</tr>
					<tr>
						<td class="text-center">11:30-11:45</td>
						<td colspan="6" class="text-center">受付開始</td>
					</tr>
					<tr>
						<td class="text-center">11:45-11:50</td>
						<td colspan="6" class="text-center">開場</td>
					</tr>
					<tr>
						<td class="text-center">11:50-12:00</td>
						<td colspan="6" class="text-center">開会挨拶</td>
					</tr>
					<tr>
						<td class="text-center">12:00-13:00</td>
						<td>開放</td>
						<td><div><a href="/programs/testcidevops/">現場に聞く！テスト/CI/DevOps、実際のところどうなの</a></div></td>
						<td><div><a href="/programs/hardwarexsoftware/">ハードウェア×ソフトウェア</a></div></td>
						<td><div><a href="/programs/cloud/">クラウドCROSS</a></div></td>
						<td>調整中</td>
						<td>調整中</td>
					</tr>
					<tr>
						<td class="text-center">13:00-13:20</td>
						<td colspan="6" class="text-center">休憩</td>
					</tr>
					<tr>
						<td class="text-center">13:20-13:50</td>
						<td>開放</td>
						<td>ランチセッション<br />
						（調整中）</td>
						<td>ランチセッション<br />
						（調整中）</td>
						<td>ランチセッション<br />
						（調整中）</td>
						<td>ランチセッション<br />
						（調整中）</td>
						<td>ランチセッション<br />
						（調整中）</td>
					</tr>
					<tr>
						<td class="text-center">13:50-14:10</td>
						<td colspan="6" class="text-center">休憩</td>
					</tr>
					<tr>
						<td class="text-center">14:10-15:10</td>
						<td><div><a href="/programs/pairpro/">実況解説つき！ペアプロでわかるJavaScriptテスト入門</a></div></td>
						<td><div><a href="/programs/game/">ゲームCROSS</a></div></td>
						<td>調整中</td>
						<td rowspan="3"><div><a href="/programs/smpos/">スマフォOS戦国時代</a></div></td>
						<td>スポンサーセッション（調整中）</td>
						<td><div><a href="/programs/love/">エンジニアの恋と愛とセックス</a></div></td>
					</tr>
					<tr>
						<td class="text-center">15:10-15:20</td>
						<td colspan="3" class="text-center">休憩</td>
						<td colspan="2" class="text-center">休憩</td>
					</tr>
					<tr>
						<td class="text-center">15:20-16:20</td>
						<td><div>コードレビューCROSS<br />～ぶつかり稽古2014初場所～</div></td>
						<td rowspan="3"><div><a href="/programs/next/">次世代Webセッション</a></div></td>
						<td>調整中</td>
						<td>スポンサーセッション（調整中）</td>
						<td rowspan="3"><div><a href="/programs/lang/">言語CROSS</a></div></td>
					</tr>
					<tr>
						<td class="text-center">16:20-16:30</td>
						<td>休憩</td>
						<td colspan="3" class="text-center">休憩</td>
					</tr>
					<tr>
						<td class="text-center">16:30-17:30</td>
						<td>開放</td>
						<td><div><a href="/programs/machine/">機械学習CROSS</a></div></td>
						<td><div><a href="/programs/book/">技術書の未来はどっちだ！</a></div></td>
						<td>調整中</td>
					</tr>
					<tr>
						<td class="text-center">17:30-17:45</td>
						<td colspan="6">休憩</td>
					</tr>
					<tr>
						<td class="text-center">17:45-17:50</td>
						<td colspan="6" class="text-center">コミュニケートセッション開始挨拶</td>
					</tr>
					<tr>
						<td class="text-center">17:50-18:00</td>
						<td colspan="6" class="text-center">サントリー・プレミアムモルツタイム</td>
					</tr>
					<tr>
						<td class="text-center">18:00-19:55</td>
						<td>クロスアンカンファレンス</td>
						<td><div><a href="/programs/tech10/">CROSS Tech10 2014</a></div></td>
						<td colspan="4" class="text-center">開放</td>
					</tr>
					<tr>
						<td class="text-center">19:55-20:00</td>
						<td colspan="6" class="text-center">閉会挨拶</td>
					</tr>
					<tr class="place">
						<td>&nbsp;</td>
						<td class="text-center">大会場(400)</td>
						<td class="text-center">A会場(180)</td>
						<td class="text-center">B会場(180)</td>
						<td class="text-center">C会場(90)</td>
						<td class="text-center">D会場(90)</td>
						<td class="text-center">E会場(50)</td>
					</tr>
				</TABLE>
			</div>
		</div>
		<h2>会場図</h2>
		<div class="row">
			<div class="col-lg-12">
			<p class="text-center"><img src="/wp-content/themes/cross2014/images/map.png" width="800" height="423" alt="会場図" /></p>
			</div>
		</div>
	</div>
</section>
<?php get_footer(); ?>
