<?
if (file_exists('scripts/init.php')) {
	require_once 'scripts/init.php';
} else {
	exit('N�o foi poss�vel encontrar o arquivo de inicializa��o');
}
include "includes/head.php";
?>
<body>
	<?
	include "includes/header.php";
	?>
	<?
	include "includes/banner.php";
	?>
	<?
	$title = 'Programa&ccedil;&atilde;o';
	include "includes/titulo-topo.php";
	?>
	<div id="content">
		<div class="container">
			<div class="inner row">
				<div id="sidebar" class="span3">
					<?
					include "includes/menu_lateral.php";
					?>
				</div>
				<div class="span9">
					<div id="inscricao">
						<div class="entry">
							<h2>Palestras e Mesas-Redondas</h2>
					
							
	<table cellspacing="0" border="0">
	<colgroup width="205"></colgroup>
	<colgroup width="1366"></colgroup>
	<tr>
		<td height="21" align="left" valign=bottom><font face="Arial" color="#000000"><br></font></td>
		<td align="justify" valign=bottom><b><font face="Arial" size=3 color="#000000">Segunda-feira (01/09)</font></b></td>
	</tr>
	<tr>
		<td height="20" align="center" valign=bottom bgcolor="#F2F2F2"><b><font face="Arial" size=3 color="#000000">Horário</font></b></td>
		<td align="center" valign=bottom bgcolor="#F2F2F2"><b><font face="Arial" size=3 color="#000000">Título da palestra</font></b></td>
	</tr>
	<tr>
		<td height="20" align="left" valign=bottom><font face="Arial" size=3 color="#000000">8:00-9:30</font></td>
		<td align="left" valign=bottom><font face="Arial" size=3 color="#000000">Entrega de Material</font></td>
	</tr>
	<tr>
		<td height="20" align="left" valign=bottom><font face="Arial" color="#000000"><br></font></td>
		<td align="left" valign=bottom><font face="Arial" size=3 color="#000000"><br></font></td>
	</tr>
	<tr>
		<td height="20" align="left" valign=bottom><font face="Arial" size=3 color="#000000">9:30-10:30</font></td>
		<td align="left" valign=bottom><font face="Arial" size=3 color="#000000">Abertura</font></td>
	</tr>
	<tr>
		<td height="20" align="left" valign=bottom><font face="Arial" color="#000000"><br></font></td>
		<td align="left" valign=bottom><font face="Arial" size=3 color="#000000"><br></font></td>
	</tr>
	<tr>
		<td height="21" align="left" valign=bottom><font face="Arial" size=3 color="#000000">10:30-12:00</font></td>
		<td align="left" valign=bottom><b><font face="Arial" size=3 color="#000000">PALESTRA 1: Diversidade da flora neotropical e brasileira: padrões e causas</font></b></td>
	</tr>
	<tr>
		<td height="20" align="left" valign=bottom><font face="Arial" color="#000000"><br></font></td>
		<td align="left" valign=bottom><font face="Arial" size=3 color="#000000">Dr. José Rubens Pirani - Instituto de Biociências - Universidade de São Paulo</font></td>
	</tr>
	<tr>
		<td height="18" align="left" valign=bottom><font face="Arial" color="#000000"><br></font></td>
		<td align="left" valign=bottom><font face="Arial" color="#000000"><br></font></td>
	</tr>
	<tr>
		<td height="20" align="left" valign=bottom sdnum="1046;1046;HH:MM"><font face="Arial" size=3 color="#000000">12:00-12:00</font></td>
		<td align="left" valign=bottom><font face="Arial" size=3 color="#000000">Almoço</font></td>
	</tr>
	<tr>
		<td height="20" align="left" valign=bottom sdnum="1046;1046;HH:MM"><font face="Arial" size=3 color="#000000"><br></font></td>
		<td align="left" valign=bottom><font face="Arial" color="#000000"><br></font></td>
	</tr>
	<tr>
		<td height="21" align="left" valign=bottom><font face="Arial" size=3 color="#000000">14:00-15:30</font></td>
		<td align="left" valign=bottom><b><font face="Arial" size=3 color="#000000">PALESTRA 2: Técnica, sociedade e ambiente: Reflexões indolores sobre o impacto da tecno-ciência na vida dos séculos XX e XXI</font></b></td>
	</tr>
	<tr>
		<td height="21" align="left" valign=bottom><font face="Arial" color="#000000"><br></font></td>
		<td align="left" valign=bottom><font face="Arial" size=3 color="#000000">Dr. Luiz Roberto Evangelista - Departamento de Física - Universidade Estadual de Maringá</font></td>
	</tr>
	<tr>
		<td height="20" align="left" valign=bottom><font face="Arial" color="#000000"><br></font></td>
		<td align="left" valign=bottom><font face="Arial" size=3 color="#000000"><br></font></td>
	</tr>
	<tr>
		<td height="20" align="left" valign=bottom><font face="Arial" size=3 color="#000000">15:30-16:00</font></td>
		<td align="left" valign=bottom><font face="Arial" size=3 color="#000000">Coffee</font></td>
	</tr>
	<tr>
		<td height="20" align="left" valign=bottom><font face="Arial" color="#000000"><br></font></td>
		<td align="left" valign=bottom><font face="Arial" color="#000000"><br></font></td>
	</tr>
	<tr>
		<td height="21" align="left" valign=bottom><font face="Arial" size=3 color="#000000">16:00-17:30</font></td>
		<td align="left" valign=bottom><font face="Arial" size=3 color="#000000">Apresentação de painel</font></td>
	</tr>
	<tr>
		<td height="20" align="left" valign=bottom><font face="Arial" color="#000000"><br></font></td>
		<td align="left" valign=bottom><font face="Arial" size=3 color="#000000"><br></font></td>
	</tr>
	<tr>
		<td height="21" align="justify" valign=bottom><font face="Arial" size=3 color="#000000">19:30-21:30</font></td>
		<td align="left" valign=bottom><b><font face="Arial" size=3 color="#000000">MESA-REDONDA 1: Ciência e o cientista </font></b></td>
	</tr>
	<tr>
		<td height="20" align="left" valign=bottom><font face="Arial" color="#000000"><br></font></td>
		<td align="left" valign=bottom><font face="Arial" size=3 color="#000000">Dr. Roger Paulo Mormul - Departamento de Biologia - Universidade Estadual de Maringá</font></td>
	</tr>
	<tr>
		<td height="20" align="left" valign=bottom><font face="Arial" color="#000000"><br></font></td>
		<td align="left" valign=bottom><font face="Arial" size=3 color="#000000">Dr. Sidinei Magela Thomaz - Departamento de Biologia - Universidade Estadual de Maringá</font></td>
	</tr>
	<tr>
		<td height="21" align="left" valign=bottom><font face="Arial" color="#000000"><br></font></td>
		<td align="left" valign=bottom><font face="Arial" size=3 color="#000000">Dr. Edson Fontes de Oliveira – Universidade Tecnológica Federal do Paraná (Campus Londrina)</font></td>
	</tr>
	<tr>
		<td height="18" align="left" valign=bottom><font face="Arial" color="#000000"><br></font></td>
		<td align="left" valign=bottom><font face="Arial" color="#000000"><br></font></td>
	</tr>
	<tr>
		<td height="21" align="left" valign=bottom><font face="Arial" color="#000000"><br></font></td>
		<td align="justify" valign=bottom><b><font face="Arial" size=3 color="#000000">Terça-feira (02/09)</font></b></td>
	</tr>
	<tr>
		<td height="20" align="center" valign=bottom bgcolor="#F2F2F2"><b><font face="Arial" size=3 color="#000000">Horário</font></b></td>
		<td align="center" valign=bottom bgcolor="#F2F2F2"><b><font face="Arial" size=3 color="#000000">Título da palestra</font></b></td>
	</tr>
	<tr>
		<td height="21" align="justify" valign=top><font face="Arial" size=3 color="#000000">8:00-9:30</font></td>
		<td align="justify" valign=top><b><font face="Arial" size=3 color="#000000">PALESTRA 3: Visão funcional para a biodiversidade</font></b></td>
	</tr>
	<tr>
		<td height="21" align="justify" valign=top><font face="Arial" size=3 color="#000000"><br></font></td>
		<td align="justify" valign=top><font face="Arial" size=3 color="#000000">Dra. Bárbara Dunck Oliveira - Pós-graduação em Ecologia de Ambientes Aquáticos Continentais - Universidade Estadual de Maringá</font></td>
	</tr>
	<tr>
		<td height="20" align="justify" valign=top><font face="Arial" size=3 color="#000000"><br></font></td>
		<td align="justify" valign=top><font face="Arial" size=3 color="#000000"><br></font></td>
	</tr>
	<tr>
		<td height="21" align="justify" valign=top><font face="Arial" size=3 color="#000000">9:30-10:00</font></td>
		<td align="left" valign=bottom><font face="Arial" size=3 color="#000000">Coffee</font></td>
	</tr>
	<tr>
		<td height="20" align="justify" valign=top><font face="Arial" size=3 color="#000000"><br></font></td>
		<td align="justify" valign=top><font face="Arial" size=3 color="#000000"><br></font></td>
	</tr>
	<tr>
		<td height="21" align="justify" valign=bottom><font face="Arial" size=3 color="#000000">10:00-11:30</font></td>
		<td align="left" valign=bottom><b><font face="Arial" size=3 color="#000000">PALESTRA 4: O que pode a restauração ecológica?</font></b></td>
	</tr>
	<tr>
		<td height="21" align="justify" valign=bottom><font face="Arial" size=3 color="#000000"><br></font></td>
		<td align="left" valign=bottom><font face="Arial" size=3 color="#000000">Dr. José Marcelo Domingues Torezan - Departamento de Biologia Animal e Vegetal - Universidade Estadual de Londrina</font></td>
	</tr>
	<tr>
		<td height="20" align="justify" valign=bottom><font face="Arial" size=3 color="#000000"><br></font></td>
		<td align="left" valign=bottom><font face="Arial" size=3 color="#000000"><br></font></td>
	</tr>
	<tr>
		<td height="21" align="justify" valign=bottom><font face="Arial" size=3 color="#000000">12:00-14:00</font></td>
		<td align="left" valign=bottom><font face="Arial" size=3 color="#000000">Almoço</font></td>
	</tr>
	<tr>
		<td height="20" align="justify" valign=bottom><font face="Arial" size=3 color="#000000"><br></font></td>
		<td align="left" valign=bottom><font face="Arial" size=3 color="#000000"><br></font></td>
	</tr>
	<tr>
		<td height="21" align="justify" valign=top><font face="Arial" size=3 color="#000000">14:00-15:30</font></td>
		<td align="justify" valign=top><b><font face="Arial" size=3 color="#000000">PALESTRA 5: Diversidade genética em insetos </font></b></td>
	</tr>
	<tr>
		<td height="21" align="justify" valign=top><font face="Arial" size=3 color="#000000"><br></font></td>
		<td align="justify" valign=top><font face="Arial" size=3 color="#000000">Dra. Maria Claudia Colla Ruvolo Takasusuki - Departamento de Biologia Celular - Universidade Estadual de Maringá</font></td>
	</tr>
	<tr>
		<td height="20" align="justify" valign=top><font face="Arial" size=3 color="#000000"><br></font></td>
		<td align="justify" valign=top><font face="Arial" size=3 color="#000000"><br></font></td>
	</tr>
	<tr>
		<td height="21" align="justify" valign=top><font face="Arial" size=3 color="#000000">15:30-16:00</font></td>
		<td align="justify" valign=top><font face="Arial" size=3 color="#000000">Coffee</font></td>
	</tr>
	<tr>
		<td height="20" align="justify" valign=top><font face="Arial" size=3 color="#000000"><br></font></td>
		<td align="justify" valign=top><font face="Arial" size=3 color="#000000"><br></font></td>
	</tr>
	<tr>
		<td height="21" align="justify" valign=top><font face="Arial" size=3 color="#000000">16:00-17:30</font></td>
		<td align="justify" valign=top><font face="Arial" size=3 color="#000000">Apresentação de painel</font></td>
	</tr>
	<tr>
		<td height="20" align="justify" valign=top><font face="Arial" size=3 color="#000000"><br></font></td>
		<td align="justify" valign=top><font face="Arial" size=3 color="#000000"><br></font></td>
	</tr>
	<tr>
		<td height="21" align="justify" valign=bottom><font face="Arial" size=3 color="#000000">19:30-21:30</font></td>
		<td align="left" valign=bottom><b><font face="Arial" size=3 color="#000000">MESA-REDONDA 2: Aves brasileiras: Diversidade e Conservação </font></b></td>
	</tr>
	<tr>
		<td height="20" align="justify" valign=bottom><font face="Arial" size=3 color="#000000"><br></font></td>
		<td align="left" valign=bottom><font face="Arial" size=3 color="#000000">Dr. Hélio Fracasso - &nbsp;Centro de Ciências Naturais e Humanas - Universidade Federal do ABC</font></td>
	</tr>
	<tr>
		<td height="20" align="justify" valign=bottom><font face="Arial" size=3 color="#000000"><br></font></td>
		<td align="left" valign=bottom><font face="Arial" size=3 color="#000000">Msc. Willian Menq - Consultor Ambiental</font></td>
	</tr>
	<tr>
		<td height="20" align="justify" valign=bottom><font face="Arial" size=3 color="#000000"><br></font></td>
		<td align="left" valign=bottom><font face="Arial" size=3 color="#000000">(à confirmar)</font></td>
	</tr>
	<tr>
		<td height="20" align="justify" valign=bottom><b><font face="Arial" size=3 color="#000000"><br></font></b></td>
		<td align="left" valign=bottom><font face="Arial" color="#000000"><br></font></td>
	</tr>
	<tr>
		<td height="21" align="justify" valign=bottom><b><font face="Arial" size=3 color="#000000"><br></font></b></td>
		<td align="justify" valign=bottom><b><font face="Arial" size=3 color="#000000">Quarta-feira (03/09)</font></b></td>
	</tr>
	<tr>
		<td height="20" align="center" valign=bottom bgcolor="#F2F2F2"><b><font face="Arial" size=3 color="#000000">Horário</font></b></td>
		<td align="center" valign=bottom bgcolor="#F2F2F2"><b><font face="Arial" size=3 color="#000000">Título da palestra</font></b></td>
	</tr>
	<tr>
		<td height="21" align="justify" valign=top><font face="Arial" size=3 color="#000000">8:00-9:30</font></td>
		<td align="justify" valign=top><b><font face="Arial" size=3 color="#000000">PALESTRA 6: Mudanças climáticas e seus efeitos em ecossistemas aquáticos</font></b></td>
	</tr>
	<tr>
		<td height="20" align="justify" valign=top><font face="Arial" size=3 color="#000000"><br></font></td>
		<td align="left" valign=bottom><font face="Arial" color="#000000">Dr.&nbsp;Roger&nbsp;Paulo Mormul, Departamento de Biologia, Universidade Estadual de Maringá</font></td>
	</tr>
	<tr>
		<td height="20" align="justify" valign=top><font face="Arial" size=3 color="#000000"><br></font></td>
		<td align="justify" valign=top><font face="Arial" size=3 color="#000000"><br></font></td>
	</tr>
	<tr>
		<td height="21" align="justify" valign=top><font face="Arial" size=3 color="#000000">9:30-10:00</font></td>
		<td align="left" valign=bottom><font face="Arial" size=3 color="#000000">Coffee</font></td>
	</tr>
	<tr>
		<td height="20" align="justify" valign=top><font face="Arial" size=3 color="#000000"><br></font></td>
		<td align="justify" valign=top><font face="Arial" size=3 color="#000000"><br></font></td>
	</tr>
	<tr>
		<td height="21" align="justify" valign=bottom><font face="Arial" size=3 color="#000000">10:00-11:30</font></td>
		<td align="left" valign=bottom><b><font face="Arial" size=3 color="#000000">PALESTRA 7: A profissão de biólogo e de professor</font></b></td>
	</tr>
	<tr>
		<td height="20" align="justify" valign=bottom><font face="Arial" size=3 color="#000000"><br></font></td>
		<td align="left" valign=bottom><font face="Arial" size=3 color="#000000">Dr. Álvaro Lorencini - Departamento de Biologia Geral - Universidade Estadual de Londrina</font></td>
	</tr>
	<tr>
		<td height="20" align="justify" valign=bottom><font face="Arial" size=3 color="#000000"><br></font></td>
		<td align="left" valign=bottom><font face="Arial" size=3 color="#000000"><br></font></td>
	</tr>
	<tr>
		<td height="21" align="justify" valign=bottom><font face="Arial" size=3 color="#000000">12:00-14:00</font></td>
		<td align="left" valign=bottom><font face="Arial" size=3 color="#000000">Almoço</font></td>
	</tr>
	<tr>
		<td height="20" align="justify" valign=bottom><font face="Arial" size=3 color="#000000"><br></font></td>
		<td align="left" valign=bottom><font face="Arial" size=3 color="#000000"><br></font></td>
	</tr>
	<tr>
		<td height="21" align="justify" valign=top><font face="Arial" size=3 color="#000000">14:00-15:30</font></td>
		<td align="justify" valign=top><b><font face="Arial" size=3 color="#000000">PALESTRA 8: Legislação para conservação da biodiversidade aquática brasileira</font></b></td>
	</tr>
	<tr>
		<td height="21" align="justify" valign=top><font face="Arial" size=3 color="#000000"><br></font></td>
		<td align="justify" valign=top><font face="Arial" size=3 color="#000000">Dr. Jean Ricardo Simões Vitule - Departamento de Engenharia Ambiental - Universidade Federal do Paraná</font></td>
	</tr>
	<tr>
		<td height="20" align="justify" valign=top><font face="Arial" size=3 color="#000000"><br></font></td>
		<td align="justify" valign=top><font face="Arial" size=3 color="#000000"><br></font></td>
	</tr>
	<tr>
		<td height="21" align="justify" valign=top><font face="Arial" size=3 color="#000000">15:30-16:00</font></td>
		<td align="justify" valign=top><font face="Arial" size=3 color="#000000">Coffee</font></td>
	</tr>
	<tr>
		<td height="20" align="justify" valign=top><font face="Arial" size=3 color="#000000"><br></font></td>
		<td align="justify" valign=top><font face="Arial" size=3 color="#000000"><br></font></td>
	</tr>
	<tr>
		<td height="21" align="justify" valign=top><font face="Arial" size=3 color="#000000">16:00-17:30</font></td>
		<td align="justify" valign=top><font face="Arial" size=3 color="#000000">Apresentação de painel</font></td>
	</tr>
	<tr>
		<td height="20" align="justify" valign=top><font face="Arial" size=3 color="#000000"><br></font></td>
		<td align="justify" valign=top><b><font face="Arial" size=3 color="#000000"><br></font></b></td>
	</tr>
	<tr>
		<td height="21" align="justify" valign=bottom><font face="Arial" size=3 color="#000000">19:30-21:30</font></td>
		<td align="left" valign=bottom><b><font face="Arial" size=3 color="#000000">MESA-REDONDA 3: Conselho Regional de Biologia - 07</font></b></td>
	</tr>
</table>
							<br />
							
						</div>
					</div>
				</div>
			</div>
		</div>
	</div>
	<script type="text/javascript" src="scripts/ajax.js"></script>
	<script type="text/javascript" src="scripts/funcoes.js"></script>
	<?
	include "includes/rodape.php";
?>
</body>
</html>
