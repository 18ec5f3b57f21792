<?php include ("header.php");?>
<link href="plugins/datatables/media/css/jquery.dataTables.css" rel="stylesheet" type="text/css"/> 
<link href="plugins/datatables/media/css/jquery.dataTables_themeroller.css" rel="stylesheet" type="text/css"/> 
<div id="highlighted">
	<div class="container">
		<div class="header">
			<h2 class="page-title">
				<span>Premiações</span> 
			</h2>
		</div>
	</div>
</div>

<div id="content">
	<div class="container" style="overflow: hidden;">
		<div class="row">
			<div class="table-responsive">
				<table id="apresentacoes" class="table table-striped table-bordered display select" style="width:99%">
					<thead>
						<tr class="danger">
							<th>Categoria</th>
							<th>Grande Área</th>
							<th>Premiação</th>
							<th>Título</th>
							<th>Autores</th>
							<th>Instituição</th>
						</tr>
					</thead>
					<tbody>
						<tr>
							<td>ORAL</td>
							<td>CET</td>
							<td>Men&ccedil;&atilde;o Honrosa</td>
							<td>RACIOC&Iacute;NIO ANAL&Oacute;GICO E MODELAGEM NO ENSINO DE QU&Iacute;MICA</td>
							<td>THAIS MARA ANASTACIO OLIVEIRA, NILMARA BRAGA MOZZER</td>
							<td>UFOP</td>
						</tr>
						<tr>
							<td>ORAL</td>
							<td>CET</td>
							<td>Men&ccedil;&atilde;o Honrosa</td>
							<td>MATERIAIS CER&Acirc;MICOS ELETR&Ocirc;NICOS NANOESTRUTURADOS PARA APLICA&Ccedil;&Atilde;O EM DISPOSITIVOS LUMINESCENTES</td>
							<td>JULIA CRISTINA SOARES, ANDERSON DIAS</td>
							<td>UFOP</td>
						</tr>
						<tr>
							<td>ORAL</td>
							<td>CET</td>
							<td>Pr&ecirc;mio destaque de Inicia&ccedil;&atilde;o Cient&iacute;fica (1&ordm; lugar)</td>
							<td>PADR&Otilde;ES DE MICROTRAMA EM GRANIT&Oacute;IDES PR&Eacute; A SIN-COLISIONAIS: A HIST&Oacute;RIA EVOLUTIVA DA SUPERSU&Iacute;TE G1, ARCO MAGM&Aacute;TICO RIO DOCE, OR&Oacute;GENO ARA&Ccedil;UA&Iacute;.</td>
							<td>MICHELE MARCIA DE SOUZA, CRISTIANE PAULA DE CASTRO GONCALVES</td>
							<td>UFOP</td>
						</tr>
						<tr>
							<td>ORAL</td>
							<td>CET</td>
							<td>Pr&ecirc;mio destaque de Inicia&ccedil;&atilde;o Cient&iacute;fica (2&ordm; lugar)</td>
							<td>DESENVOLVIMENTO DE NOVOS FOTOCATALISADORES BASEADOS EM FERRO PARA REMO&Ccedil;&Atilde;O DE<br />
								CONTAMINANTES EMERGENTES EM &Aacute;GUA</td>
								<td>VICTOR LEONE DE OLIVEIRA, ADILSON CANDIDO DA SILVA</td>
								<td>UFOP</td>
							</tr>
							<tr>
								<td>ORAL</td>
								<td>CET</td>
								<td>Pr&ecirc;mio destaque de Inicia&ccedil;&atilde;o Cient&iacute;fica (3&ordm; lugar)</td>
								<td>UMA ESTRAT&Eacute;GIA DE ACEITA&Ccedil;&Atilde;O TARDIA EM SUBIDA DA ENCOSTA PARA O PROBLEMA DE ESCALONAMENTO DE M&Uacute;LTIPLOS PROJETOS COM M&Uacute;LTIPLOS MODOS E RESTRI&Ccedil;&Atilde;O DE RECURSOS</td>
								<td>DAVI DALFIOR BALTAR, HAROLDO GAMBINI SANTOS</td>
								<td>UFOP</td>
							</tr>
							<tr>
								<td>ORAL</td>
								<td>CHLA</td>
								<td>Men&ccedil;&atilde;o Honrosa</td>
								<td>TE&Iacute;SMO C&Eacute;TICO</td>
								<td>ISAAC RAMOS JUNIOR, SERGIO RICARDO NEVES DE MIRANDA</td>
								<td>UFOP</td>
							</tr>
							<tr>
								<td>ORAL</td>
								<td>CHLA</td>
								<td>Men&ccedil;&atilde;o Honrosa</td>
								<td>MULHERES FORRAS: RELA&Ccedil;&Otilde;ES SOCIAIS E ECON&Ocirc;MICAS NA VILA DE PITANGUI (1750-1800)</td>
								<td>MARIELEN GOMES, CLAUDIA MARIA DAS GRACAS CHAVES</td>
								<td>UFOP</td>
							</tr>
							<tr>
								<td>ORAL</td>
								<td>CHLA</td>
								<td>Pr&ecirc;mio destaque de Inicia&ccedil;&atilde;o Cient&iacute;fica (1&ordm; lugar)</td>
								<td>Estudo da concord&acirc;ncia vari&aacute;vel (nominal e verbal) em manuscritos setecentistas e oitocentistas de Minas Gerais</td>
								<td>MARCUS VINICIUS PEREIRA DAS DORES, SOELIS TEIXEIRA DO PRADO MENDES</td>
								<td>UFOP</td>
							</tr>
							<tr>
								<td>ORAL</td>
								<td>CHLA</td>
								<td>Pr&ecirc;mio destaque de Inicia&ccedil;&atilde;o Cient&iacute;fica (2&ordm; lugar)</td>
								<td>IMAGENS DA MORTE NO SATYRICON.</td>
								<td>CAROLINE MORATO MARTINS, FABIO FAVERSANI</td>
								<td>UFOP</td>
							</tr>
							<tr>
								<td>ORAL</td>
								<td>CHLA</td>
								<td>Pr&ecirc;mio destaque de Inicia&ccedil;&atilde;o Cient&iacute;fica (3&ordm; lugar)</td>
								<td>M&Iacute;DIA E CONSCI&Ecirc;NCIA ECOL&Oacute;GICA: A REVISTA VEJA DIANTE DOS IMPACTOS AMBIENTAIS NO BRASIL CONTEMPOR&Acirc;NEO (1960-1990)</td>
								<td>KAIAN LUCA PERCE EUGENIO, JEFFERSON JOSE QUELER</td>
								<td>UFOP</td>
							</tr>
							<tr>
								<td>ORAL</td>
								<td>CSA</td>
								<td>Men&ccedil;&atilde;o Honrosa</td>
								<td>REVISTA ALTEROSA NAS TRAMAS DA EDITORA&Ccedil;&Atilde;O MINEIRA E BRASILEIRA EM MEADOS DO S&Eacute;CULO XX</td>
								<td>ALEXANDRO GALENO DA COSTA, FREDERICO DE MELLO BRANDAO TAVARES</td>
								<td>UFOP</td>
							</tr>
							<tr>
								<td>ORAL</td>
								<td>CSA</td>
								<td>Men&ccedil;&atilde;o Honrosa</td>
								<td>CARACTERIZA&Ccedil;&Atilde;O E AN&Aacute;LISE DA PAISAGEM URBANA DE OURO PRETO E A PROTE&Ccedil;&Atilde;O OFERECIDA PELA LEGISLA&Ccedil;&Atilde;O URBAN&Iacute;STICA</td>
								<td>LUIS ROBERTO ALFONSO PRADO JUNIOR, SANDRA MARIA ANTUNES NOGUEIRA</td>
								<td>UFOP</td>
							</tr>
							<tr>
								<td>ORAL</td>
								<td>CSA</td>
								<td>Pr&ecirc;mio destaque de Inicia&ccedil;&atilde;o Cient&iacute;fica (1&ordm; lugar)</td>
								<td>DESENVOLVIMENTO DE PROJETOS PEDAG&Oacute;GICOS PARA A CRIA&Ccedil;&Atilde;O DE PRODUTOS JORNAL&Iacute;STICOS EM HIPERM&Iacute;DIA, MULTIM&Iacute;DIA E TRANSM&Iacute;DIA ATRAV&Eacute;S DO USO DE FERRAMENTAS E SISTEMAS DE GERENCIAMENTO DE CONTE&Uacute;DOS</td>
								<td>GISELLE BORGES DE CARVALHO, JAN ALYNE BARBOSA E SILVA</td>
								<td>UFOP</td>
							</tr>
							<tr>
								<td>ORAL</td>
								<td>CSA</td>
								<td>Pr&ecirc;mio destaque de Inicia&ccedil;&atilde;o Cient&iacute;fica (2&ordm; lugar)</td>
								<td>OS AVAN&Ccedil;OS DA TECNOLOGIA BANC&Aacute;RIA NO BRASIL: MAPEAMENTO E AN&Aacute;LISE DO PERFIL DAS PATENTES DOS GRUPOS ITA&Uacute;SA E BRADESCO</td>
								<td>JULIANA LIMA DE DEUS, FERNANDA FARIA SILVA</td>
								<td>UFOP</td>
							</tr>
							<tr>
								<td>ORAL</td>
								<td>CSA</td>
								<td>Pr&ecirc;mio destaque de Inicia&ccedil;&atilde;o Cient&iacute;fica (3&ordm; lugar)</td>
								<td>A ABRANG&Ecirc;NCIA DO DIREITO: A DEFENSORIA P&Uacute;BLICA COMO INSTRUMENTO DO ESTADO PARA RECONHECIMENTO. UM ESTUDO DE CASO SOBRE A COMARCA DE BELO HORIZONTE</td>
								<td>JANAINA SANTOS CURI, ALEXANDRE GUSTAVO MELO FRANCO BAHIA</td>
								<td>UFOP</td>
							</tr>
							<tr>
								<td>ORAL</td>
								<td>CV</td>
								<td>Men&ccedil;&atilde;o Honrosa</td>
								<td>MONITORAMENTO INTERNO DE QUALIDADE VISANDO A REDU&Ccedil;&Atilde;O DOS RESULTADOS FALSOS-NEGATIVOS NOS DIAGN&Oacute;STICOS CITOL&Oacute;GICOS DO COLO DO &Uacute;TERO</td>
								<td>BRUNA GABRIELE PEREIRA CALIXTO, MARIANA TREVISAN REZENDE, CLAUDIA MARTINS CARNEIRO, ALESSANDRA HERMOGENES GOMES TOBIAS, JENNEFER APARECIDA DO NASCIMENTO GONCALVES, ALINE COSTA VITALINO, RENATA ROCHA E REZENDE OLIVEIRA, MARIA APARECIDA SENRA REZENDE.</td>
								<td>UFOP</td>
							</tr>
							<tr>
								<td>ORAL</td>
								<td>CV</td>
								<td>Men&ccedil;&atilde;o Honrosa</td>
								<td>AVALIA&Ccedil;&Atilde;O DE MARCADORES INFLAMAT&Oacute;RIOS EM INDIV&Iacute;DUOS ADULTOS COM SOBREPESO E OBESIDADE</td>
								<td>WASHINGTON MARTINS PONTES, ANDRE TALVANI PEDROSA DA SILVA, LAIS ROQUETE LOPES, VIVIAN PAULINO FIGUEIREDO, SILVANA MARA LUZ TURBINO RIBEIRO, TATIANE DE LOURDES VALENTE, KELERSON MAURO DE CASTRO PINTO, RONEY LUIZ DE CARVALHO NICOLATO, FERNANDO LUIZ PEREIRA DE OLIVEIRA</td>
								<td>UFOP</td>
							</tr>
							<tr>
								<td>ORAL</td>
								<td>CV</td>
								<td>Pr&ecirc;mio destaque de Inicia&ccedil;&atilde;o Cient&iacute;fica (1&ordm; lugar)</td>
								<td>ESTUDO FLOR&Iacute;STICO E FITOSSOCIOLOGICO DE UM TRECHO DE FLORESTA MONTANA SOBRE CANGA NA APA DA CACHOEIRA DAS ANDORINHAS, OURO PRETO, MG</td>
								<td>MARIANA CORREA DAIREL, MARIA CRISTINA TEIXEIRA BRAGA MESSIAS</td>
								<td>UFOP</td>
							</tr>
							<tr>
								<td>ORAL</td>
								<td>CV</td>
								<td>Pr&ecirc;mio destaque de Inicia&ccedil;&atilde;o Cient&iacute;fica (2&ordm; lugar)</td>
								<td>EFEITOS DO LICOPENO NA MODULA&Ccedil;&Atilde;O DO DESEQUIL&Iacute;BRIO REDOX EM CAMUNDONGOS EXPOSTOS &Agrave; FUMA&Ccedil;A DE CIGARRO</td>
								<td>THAIS LOURENCO MARTINS, FRANK SILVA BEZERRA</td>
								<td>UFOP</td>
							</tr>
							<tr>
								<td>ORAL</td>
								<td>CV</td>
								<td>Pr&ecirc;mio destaque de Inicia&ccedil;&atilde;o Cient&iacute;fica (3&ordm; lugar)</td>
								<td>EFEITOS DA CORRIDA VOLUNT&Aacute;RIA SOBRE DIFERENTES PAR&Acirc;METROS CARDIOVASCULARES EM RATOS COM HIPERTENS&Atilde;O RENOVASCULAR</td>
								<td>TAYNARA CAROLINA LIMA, ANDREIA CARVALHO ALZAMORA</td>
								<td>UFOP</td>
							</tr>
							<tr>
								<td>ORAL</td>
								<td>ENG</td>
								<td>Men&ccedil;&atilde;o Honrosa</td>
								<td>EFEITO DE ALGUNS TRATAMENTOS T&Eacute;RMICOS SOBRE A MICROESTRUTURA E PROPRIEDADES MEC&Acirc;NICAS DE UM A&Ccedil;O API LINEPIPE BAIXO CARBONO</td>
								<td>TAINAN FERREIRA MUNIZ, GERALDO LUCIO DE FARIA</td>
								<td>UFOP</td>
							</tr>
							<tr>
								<td>ORAL</td>
								<td>ENG</td>
								<td>Pr&ecirc;mio destaque de Inicia&ccedil;&atilde;o Cient&iacute;fica (1&ordm; lugar)</td>
								<td>AN&Aacute;LISE DE LIGA&Ccedil;&Otilde;ES ENTRE PERFIS DE A&Ccedil;O DE SE&Ccedil;&Atilde;O TUBULAR RETANGULAR DE PAREDES COMPACTAS E ESBELTAS</td>
								<td>DANIEL JOSE ROCHA PEREIRA, ARLENE MARIA CUNHA SARMANHO</td>
								<td>UFOP</td>
							</tr>
							<tr>
								<td>ORAL</td>
								<td>ENG</td>
								<td>Pr&ecirc;mio destaque de Inicia&ccedil;&atilde;o Cient&iacute;fica (2&ordm; lugar)</td>
								<td>ADER&Ecirc;NCIA DE BARRAS DE A&Ccedil;O EM CONCRETO SUSTENT&Aacute;VEL</td>
								<td>TAIS KUSTER MORO, RICARDO ANDRE FIOROTTI PEIXOTO</td>
								<td>UFOP</td>
							</tr>
							<tr>
								<td>ORAL</td>
								<td>ENG</td>
								<td>Pr&ecirc;mio destaque de Inicia&ccedil;&atilde;o Cient&iacute;fica (3&ordm; lugar)</td>
								<td>DETERMINA&Ccedil;&Atilde;O DO POTENCIAL DE PRODU&Ccedil;&Atilde;O DE BIOG&Aacute;S (CH4 E H2) A PARTIR DOS HIDROLISADOS OBTIDOS POR DIFERENTES T&Eacute;CNICAS DE PR&Eacute;-TRATAMENTO DO BAGA&Ccedil;O DE CANA-DE-A&Ccedil;UCAR</td>
								<td>LEONARDO DE OLIVEIRA FELIX, LAIS MILAGRES FURTADO, SERGIO FRANCISCO DE AQUINO</td>
								<td>UFOP</td>
							</tr>
							<tr>
								<td>ORAL</td>
								<td>MONITORIA</td>
								<td>Destaque do II Semin&aacute;rio de Monitoria</td>
								<td>Monitoria de Cito-Histologia, Histologia B&aacute;sica e Embriologia</td>
								<td>Luciana Hoffert Castro Cruz, La&iacute;s Martins de Abreu, Oscar Campos Lisboa, Ra&iacute;sa Becker e Jaquelyne Adelyna Sara</td>
								<td>UFOP</td>
							</tr>
							<tr>
								<td>ORAL</td>
								<td>MONITORIA</td>
								<td>Destaque do II Semin&aacute;rio de Monitoria</td>
								<td>Os espa&ccedil;os entre a experi&ecirc;ncia, pr&aacute;ticas e o ensino: ressignificando o espa&ccedil;o das monitorias nas ci&ecirc;ncias humanas</td>
								<td>Marcelo Donizete da Silva e Eduardo Mognon Ferreira</td>
								<td>UFOP</td>
							</tr>
							<tr>
								<td>ORAL</td>
								<td>MONITORIA</td>
								<td>Destaque do II Semin&aacute;rio de Monitoria</td>
								<td>Monitoria referente &agrave; disciplina &Oacute;ptica Cristalina (GEO132)</td>
								<td>Gl&aacute;ucia Nascimento Queiroga e Nap&aacute;uria Dias da Cunha</td>
								<td>UFOP</td>
							</tr>
							<tr>
								<td>ORAL</td>
								<td>MONITORIA</td>
								<td>Men&ccedil;&atilde;o Honrosa do II Semin&aacute;rio de Monitoria</td>
								<td>A import&acirc;ncia do monitor da disciplina L&iacute;ngua Inglesa: Fonologia I</td>
								<td>Adriana Silvia Marusso e Matheus Freitas Gomes</td>
								<td>UFOP</td>
							</tr>
							<tr>
								<td>ORAL</td>
								<td>PRO-ATIVA</td>
								<td>Destaque da VIII Mostra Pr&oacute;-Ativa</td>
								<td>Elabora&ccedil;&atilde;o de materiais did&aacute;ticos te&oacute;ricos e pr&aacute;ticos para assist&ecirc;ncia nutricional a pacientes hospitalizados</td>
								<td>Ana Carolina Pinheiro Volp e L&iacute;via de Paula Dias Bitencourt Alves</td>
								<td>UFOP</td>
							</tr>
							<tr>
								<td>ORAL</td>
								<td>PRO-ATIVA</td>
								<td>Destaque da VIII Mostra Pr&oacute;-Ativa</td>
								<td>Direito, C&acirc;mera e A&ccedil;&atilde;o!</td>
								<td>Cl&aacute;udio Henrique Ribeiro da Silva e Marina Oliveira Daniel Pereira</td>
								<td>UFOP</td>
							</tr>
							<tr>
								<td>ORAL</td>
								<td>PRO-ATIVA</td>
								<td>Destaque da VIII Mostra Pr&oacute;-Ativa</td>
								<td>Desenvolvimento de ve&iacute;culo a&eacute;reo n&atilde;o tripulado dotado de 4 h&eacute;lices</td>
								<td>Eduardo Jos&eacute; da Silva Luz, Vin&iacute;cius de Carvalho Zanini e Thiago Tavares de Oliveira</td>
								<td>UFOP</td>
							</tr>
							<tr>
								<td>ORAL</td>
								<td>PRO-ATIVA</td>
								<td>Destaque da VIII Mostra Pr&oacute;-Ativa</td>
								<td>Web r&aacute;dio plural</td>
								<td>Nair Prata Moreira Martins e Alessandra da Concei&ccedil;&atilde;o Alves</td>
								<td>UFOP</td>
							</tr>
							<tr>
								<td>ORAL</td>
								<td>PRO-ATIVA</td>
								<td>Destaque da VIII Mostra Pr&oacute;-Ativa</td>
								<td>Inova&ccedil;&atilde;o da experimenta&ccedil;&atilde;o do curso de Licenciatura em Qu&iacute;mica</td>
								<td>Clarissa Rodrigues e Josimara Souza Andrade</td>
								<td>UFOP</td>
							</tr>
							<tr>
								<td>ORAL</td>
								<td>PRO-ATIVA</td>
								<td>Men&ccedil;&atilde;o Honrosa da VIII Mostra Pr&oacute;-Ativa</td>
								<td>Apoio ao processo de revis&atilde;o do projeto pol&iacute;tico-pedag&oacute;gico do curso de Arquitetura e Urbanismo</td>
								<td>Cl&aacute;udia Maria Arcipreste e Nicholas Leite Abdalla</td>
								<td>UFOP</td>
							</tr>
							<tr>
								<td>POSTER</td>
								<td>CET</td>
								<td>Pr&ecirc;mio destaque de Inicia&ccedil;&atilde;o Cient&iacute;fica (1&ordm; lugar)</td>
								<td>ESTERIFICA&Ccedil;&Atilde;O DE CELULOSE E BAGA&Ccedil;O DE CANA COM ANIDRIDOS DE &Aacute;CIDO CARBOX&Iacute;LICO:ANIDRIDO SUCC&Iacute;NICO, FT&Aacute;LICO E PIROMEL&Iacute;TICO.</td>
								<td>FABIANE CARLA LOPES, TANIA MARCIA SACRAMENTO MELO</td>
								<td>UFOP</td>
							</tr>
							<tr>
								<td>POSTER</td>
								<td>CET</td>
								<td>Pr&ecirc;mio destaque de Inicia&ccedil;&atilde;o Cient&iacute;fica (2&ordm; lugar)</td>
								<td>Estudo da aplica&ccedil;&atilde;o de catalisadores &aacute;cidos no desenvolvimento de processos a partir da transforma&ccedil;&atilde;o de componentes de &oacute;leos essenciais</td>
								<td>MATHEUS MELLO PEREIRA, KELLY ALESSANDRA DA SILVA ROCHA</td>
								<td>UFOP</td>
							</tr>
							<tr>
								<td>POSTER</td>
								<td>CET</td>
								<td>Pr&ecirc;mio destaque de Inicia&ccedil;&atilde;o Cient&iacute;fica (3&ordm; lugar)</td>
								<td>Avalia&ccedil;&atilde;o da percep&ccedil;&atilde;o sobre a gest&atilde;o dos alunos da Escola de Gestores da Educa&ccedil;&atilde;o B&aacute;sica</td>
								<td>JANAINA LESSA DE PAULA, ERICA CASTILHO RODRIGUES</td>
								<td>UFOP</td>
							</tr>
							<tr>
								<td>POSTER</td>
								<td>CET</td>
								<td>Pr&ecirc;mio destaque de institui&ccedil;&atilde;o externa (1&ordm; lugar)</td>
								<td>Identifica&ccedil;&atilde;o dos Principais Componentes Faciais em Reconhecimento de Indiv&iacute;duos em Tempo Real Por Meio do Algoritmo LBP</td>
								<td>Pedro Eduardo Santos, Dalmy Freitas de Carvalho J&uacute;nior, Isadora de Oliveira, Roubert Edgar de Sousa Silva, Marina Iolanda Oliveira</td>
								<td>UIT</td>
							</tr>
							<tr>
								<td>POSTER</td>
								<td>CET</td>
								<td>Pr&ecirc;mio destaque de institui&ccedil;&atilde;o externa (2&ordm; lugar)</td>
								<td>SGAD: Sistema de Gerenciamento de &Aacute;gua em Domic&iacute;lio</td>
								<td>Cleison Douglas Mac&ecirc;do Barbosa, Mois&eacute;s Henrique Ramos Pereira, Isac Couto Gomes, Maqueyde Cardoso da Silva, Thuanny Martins Santana Silva, Victor Luiz Silveira, Welton Pereira da Silva Neves, Weslley Guimar&atilde;es de Melo.</td>
								<td>UNI-BH</td>
							</tr>
							<tr>
								<td>POSTER</td>
								<td>CET</td>
								<td>Pr&ecirc;mio destaque de institui&ccedil;&atilde;o externa (3&ordm; lugar)</td>
								<td>Clik Help: um aplicativo para acessibilidade em situa&ccedil;&otilde;es de emerg&ecirc;ncia</td>
								<td>Rafael Coelho Tavares, Jardiano de Queiroz Silva, Victor Fereirra Gon&ccedil;alves, henriquejose300@gmail.com, Vinicius Oliveira Gontijo, Ana Paula Ladeira,</td>
								<td>UNA</td>
							</tr>
							<tr>
								<td>POSTER</td>
								<td>CHLA</td>
								<td>Pr&ecirc;mio destaque de Inicia&ccedil;&atilde;o Cient&iacute;fica (1&ordm; lugar)</td>
								<td>O CONHECIMENTO NOS CURSOS SUPERIORES BRASILEIROS: A CONSTITUI&Ccedil;&Atilde;O DA FORMA&Ccedil;&Atilde;O EM DESIGN DE MODA</td>
								<td>NATALIA BRITO ZUCA DE SOUZA, LUCIANA CRIVELLARI DULCI</td>
								<td>UFOP</td>
							</tr>
							<tr>
								<td>POSTER</td>
								<td>CHLA</td>
								<td>Pr&ecirc;mio destaque de Inicia&ccedil;&atilde;o Cient&iacute;fica (2&ordm; lugar)</td>
								<td>A DIVIS&Atilde;O DO ISL&Atilde; ENTRE XIISMO E SUNISMO NO CONTEXTO DA EXPANS&Atilde;O MU&Ccedil;ULMANA (632 A 661)</td>
								<td>MICHELE ROSADO DE LIMA CASTRO, CELSO TAVEIRA</td>
								<td>UFOP</td>
							</tr>
							<tr>
								<td>POSTER</td>
								<td>CHLA</td>
								<td>Pr&ecirc;mio destaque de Inicia&ccedil;&atilde;o Cient&iacute;fica (3&ordm; lugar)</td>
								<td>Identidade e alteridade no Chile: historiografia, ensaios e fotografias sobre as popula&ccedil;&otilde;es ind&iacute;genas (1860-1910)</td>
								<td>MARK DE SOLDI MATZNER, MATEUS FAVARO REIS</td>
								<td>UFOP</td>
							</tr>
							<tr>
								<td>POSTER</td>
								<td>CHLA</td>
								<td>Pr&ecirc;mio destaque de institui&ccedil;&atilde;o externa (1&ordm; lugar)</td>
								<td>As representa&ccedil;&otilde;es sobre os afrodescendentes no &ldquo;El Diario&rdquo; da cidade de Paran&aacute; (Argentina): 2011-2014</td>
								<td>Francisco Ezequiel Sosa</td>
								<td>UNESP</td>
							</tr>
							<tr>
								<td>POSTER</td>
								<td>CHLA</td>
								<td>Pr&ecirc;mio destaque de institui&ccedil;&atilde;o externa (2&ordm; lugar)</td>
								<td>A Rela&ccedil;&atilde;o entre Arte e Sociedade &agrave; Luz do Conceito de Autonomia Est&aacute;tica de Adorno</td>
								<td>Karina Constancio Sanit&aacute;, Amanda Forner</td>
								<td>UNESP</td>
							</tr>
							<tr>
								<td>POSTER</td>
								<td>CHLA</td>
								<td>Pr&ecirc;mio destaque de institui&ccedil;&atilde;o externa (3&ordm; lugar)</td>
								<td>A sa&uacute;de p&uacute;blica enquanto direito social: a situa&ccedil;&atilde;o da cidade de Mar&iacute;lia-SP de 2009 a 2014 em rela&ccedil;&atilde;o aos atendimentos do SUS</td>
								<td>Ana Carolina do Carmo Pereira, Jair Pinheiro</td>
								<td>UNESP</td>
							</tr>
							<tr>
								<td>POSTER</td>
								<td>CSA</td>
								<td>Pr&ecirc;mio destaque de Inicia&ccedil;&atilde;o Cient&iacute;fica (1&ordm; lugar)</td>
								<td>PROCESSOS SENS&Iacute;VEIS DE COMUNICA&Ccedil;&Atilde;O: A ARTE COMO ESPA&Ccedil;O DE ESCUTAS POSS&Iacute;VEIS</td>
								<td>IAGO REZENDE DE ALMEIDA, DAYANE DO CARMO BARRETOS, MARIA LUCILIA BORGES</td>
								<td>UFOP</td>
							</tr>
							<tr>
								<td>POSTER</td>
								<td>CSA</td>
								<td>Pr&ecirc;mio destaque de Inicia&ccedil;&atilde;o Cient&iacute;fica (2&ordm; lugar)</td>
								<td>NARRATIVAS AUDIOVISUAIS, JUVENTUDE E IDENTIDADE: LINGUAGENS COMO REGISTROS DE MEM&Oacute;RIA NA CONSTITUI&Ccedil;&Atilde;O DO SUJEITO</td>
								<td>EMANUEL LUIZ BRANDAO, HILA BERNARDETE SILVA RODRIGUES</td>
								<td>UFOP</td>
							</tr>
							<tr>
								<td>POSTER</td>
								<td>CSA</td>
								<td>Pr&ecirc;mio destaque de Inicia&ccedil;&atilde;o Cient&iacute;fica (3&ordm; lugar)</td>
								<td>JUVENTUDE, M&Iacute;DIA E A&Ccedil;&Atilde;O POL&Iacute;TICA: ESTRAT&Eacute;GIAS DISCURSIVAS DO JORNALISMO COMO ELEMENTOS CONSTITUINTES DA MEM&Oacute;RIA E FORMA&Ccedil;&Atilde;O DA IDENTIDADE NO UNIVERSO JUVENIL</td>
								<td>PEDRO HENRIQUE MAGALHAES MENDONCA, HILA BERNARDETE SILVA RODRIGUES, CATARINA PEREIRA BENTO BARBOSA</td>
								<td>UFOP</td>
							</tr>
							<tr>
								<td>POSTER</td>
								<td>CSA</td>
								<td>Pr&ecirc;mio destaque de institui&ccedil;&atilde;o externa (1&ordm; lugar)</td>
								<td>Pol&iacute;tica Externa Brasileira nas Confer&ecirc;ncias das Na&ccedil;&otilde;es Unidas sobre Meio Ambiente e Desenvolvimento de 1992 a 2012</td>
								<td>Camila Oliveira Santana, Fernanda Mello Sant&#39;Anna</td>
								<td>UNESP-FR</td>
							</tr>
							<tr>
								<td>POSTER</td>
								<td>CSA</td>
								<td>Pr&ecirc;mio destaque de institui&ccedil;&atilde;o externa (2&ordm; lugar)</td>
								<td>MODA E IMAGEM NA COMUNICA&Ccedil;&Atilde;O REGIONAL CONTEMPOR&Acirc;NEA: AN&Aacute;LISE IMAG&Eacute;TICA DO SUPLEMENTO DE MODA FASHION D, DA REVISTA D MAR&Iacute;LIA</td>
								<td>Danieli Assun&ccedil;&atilde;o Cardozo, Luiz Gustavo Leme</td>
								<td>UNESP</td>
							</tr>
							<tr>
								<td>POSTER</td>
								<td>CSA</td>
								<td>Pr&ecirc;mio destaque de institui&ccedil;&atilde;o externa (3&ordm; lugar)</td>
								<td>Teorias feministas: contribui&ccedil;&otilde;es e impacto nas Rela&ccedil;&otilde;es Internacionais</td>
								<td>La&iacute;s Carla Barbosa</td>
								<td>UNESP</td>
							</tr>
							<tr>
								<td>POSTER</td>
								<td>CV</td>
								<td>Pr&ecirc;mio destaque de Inicia&ccedil;&atilde;o Cient&iacute;fica (1&ordm; lugar)</td>
								<td>AVALIA&Ccedil;&Atilde;O DO POTENCIAL TERAP&Ecirc;UTICO DO DERIVADO SULFONA DO FEXINIDAZOL EM COMBINA&Ccedil;&Atilde;O COM O RAVUCONAZOL NA INFEC&Ccedil;&Atilde;O EXPERIMENTAL POR TRYPANOSOMA CRUZI</td>
								<td>RUAN CARLING SCHOTT WONDOLLINGER, MARIA TEREZINHA BAHIA</td>
								<td>UFOP</td>
							</tr>
							<tr>
								<td>POSTER</td>
								<td>CV</td>
								<td>Pr&ecirc;mio destaque de Inicia&ccedil;&atilde;o Cient&iacute;fica (2&ordm; lugar)</td>
								<td>EFEITO DA TERAPIA COMBINADA UTILIZANDO O NIFURTIMOX ASSOCIADO AO ALOPURINOL IN VIVO E IN VITRO NA INFEC&Ccedil;&Atilde;O POR TRYPANOSOMA CRUZI</td>
								<td>GESSICA COUTO SCHAUN, MARIA TEREZINHA BAHIA</td>
								<td>UFOP</td>
							</tr>
							<tr>
								<td>POSTER</td>
								<td>CV</td>
								<td>Pr&ecirc;mio destaque de Inicia&ccedil;&atilde;o Cient&iacute;fica (3&ordm; lugar)</td>
								<td>Avalia&ccedil;&atilde;o do bloqueio ganglionar e do receptor do tipo 1 da angiotensina II em ratos com hipertens&atilde;o renovascular submetidos a corrida volunt&aacute;ria</td>
								<td>ISADORA RIBEIRO VIEIRA, Mariele Lana, ANDREIA CARVALHO ALZAMORA, TAYNARA CAROLINA LIMA</td>
								<td>UFOP</td>
							</tr>
							<tr>
								<td>POSTER</td>
								<td>CV</td>
								<td>Pr&ecirc;mio destaque de institui&ccedil;&atilde;o externa (1&ordm; lugar)</td>
								<td>Avalia&ccedil;&atilde;o nutricional de gestantes sob acompanhamento em servi&ccedil;os de pr&eacute; natal distintos: A grande metr&oacute;pole e o ambiente rural.</td>
								<td>Caroline San Severino Teixeira, Ant&ocirc;nio Carlos Vieira Cabral</td>
								<td>UFMG</td>
							</tr>
							<tr>
								<td>POSTER</td>
								<td>CV</td>
								<td>Pr&ecirc;mio destaque de institui&ccedil;&atilde;o externa (2&ordm; lugar)</td>
								<td>Fatores de Risco para Infec&ccedil;&atilde;o do S&iacute;tio Cir&uacute;rgico P&oacute;s Craniotomia</td>
								<td>Gustavo Palmer Irffi, Br&aacute;ulio Roberto Gon&ccedil;alves Marinho Couto, Felipe Coelho Vieira, Gabriel Bandeira Tofani, Cynthia Cellina Mendes da Silva,</td>
								<td>UNIBH</td>
							</tr>
							<tr>
								<td>POSTER</td>
								<td>CV</td>
								<td>Pr&ecirc;mio destaque de institui&ccedil;&atilde;o externa (3&ordm; lugar)</td>
								<td>CONSTRU&Ccedil;&Atilde;O DE &Aacute;RVORE FILOGEN&Eacute;TICA DE GENOMAS COMPLETOS COMO VETORES DE FREQU&Ecirc;NCIA DE TRI-PEPT&Iacute;DEOS E ENTRADAS INTERPRO</td>
								<td>Lucas Felipe Silva, Marcos Augusto dos Santos, Dalila Dominique Duarte Rocha,Braulio Roberto Gon&ccedil;alves Marinho Couto</td>
								<td>UNIBH</td>
							</tr>
							<tr>
								<td>POSTER</td>
								<td>ENG</td>
								<td>Pr&ecirc;mio destaque de Inicia&ccedil;&atilde;o Cient&iacute;fica (1&ordm; lugar)</td>
								<td>IMPLEMENTA&Ccedil;&Atilde;O DE INTERFACE DE COMUNICA&Ccedil;&Atilde;O PARA DETECTOR ELETR&Ocirc;NICO DE FISSURA EM DORMENTES DE A&Ccedil;O.</td>
								<td>CARLOS HENRIQUE NOGUEIRA DE RESENDE BARBOSA, KARINA SOUZA CRISPIM</td>
								<td>UFOP</td>
							</tr>
							<tr>
								<td>POSTER</td>
								<td>ENG</td>
								<td>Pr&ecirc;mio destaque de Inicia&ccedil;&atilde;o Cient&iacute;fica (2&ordm; lugar)</td>
								<td>Remo&ccedil;&atilde;o biol&oacute;gica mangan&ecirc;s contido em solu&ccedil;&otilde;es aquosas.</td>
								<td>LUDMILA FAGUNDES DE OLIVEIRA, VERSIANE ALBIS LEAO</td>
								<td>UFOP</td>
							</tr>
							<tr>
								<td>POSTER</td>
								<td>ENG</td>
								<td>Pr&ecirc;mio destaque de Inicia&ccedil;&atilde;o Cient&iacute;fica (3&ordm; lugar)</td>
								<td>ESTUDO DE COMPLEXA&Ccedil;&Atilde;O DE &Iacute;ONS BIVALENTES PRESENTES EM POLPA DE FLOTA&Ccedil;&Atilde;O DEMIN&Eacute;RIO DE FERRO</td>
								<td>ANA PAULA PEREIRA ARAUJO, ROSA MALENA FERNANDES LIMA</td>
								<td>UFOP</td>
							</tr>
							<tr>
								<td>POSTER</td>
								<td>ENG</td>
								<td>Pr&ecirc;mio destaque de institui&ccedil;&atilde;o externa (1&ordm; lugar)</td>
								<td>Rastreamento de Jogadores de Futsal baseado em Vis&atilde;o Computacional para apoiar as An&aacute;lises T&aacute;tica e F&iacute;sica das Equipes</td>
								<td>Matheus Barcelos de Oliveira, Marco T&uacute;lio Diniz Sousa, Pedro Henrique Caetano de P&aacute;dua, Fl&aacute;vio Luis Cardeal de P&aacute;dua</td>
								<td>CEFET-MG</td>
							</tr>
							<tr>
								<td>POSTER</td>
								<td>ENG</td>
								<td>Pr&ecirc;mio destaque de institui&ccedil;&atilde;o externa (2&ordm; lugar)</td>
								<td>DELIMITA&Ccedil;&Atilde;O DA PLUMA DE ISOCONCENTRA&Ccedil;&Atilde;O DO BENZENO NA ZONA SATURADA DO SOLO: Estudo de Caso: Dep&oacute;sito de Res&iacute;duo Industrial Classe I</td>
								<td>R&aacute;isa Stephanie Ferreira Silva, Patr&iacute;cia Rocha Maciel Fernandes, MAGNO ANDR&Eacute; DE OLIVEIRA</td>
								<td>UNIBH</td>
							</tr>
							<tr>
								<td>POSTER</td>
								<td>ENG</td>
								<td>Pr&ecirc;mio destaque de institui&ccedil;&atilde;o externa (3&ordm; lugar)</td>
								<td>An&aacute;lise da efici&ecirc;ncia dos compiladores para diferentes arquiteturas.</td>
								<td>Aline da Silva Galantine, RAFAEL DE CASTRO SOARES FONSECA, Marco Brando Alves Costa, Roger Santos Teixeira, Luiz Guilherme Hilel Drumond Silveira</td>
								<td>UNA</td>
							</tr>
							<tr>
								<td>POSTER</td>
								<td>SEXT</td>
								<td>Pr&ecirc;mio destaque de Extens&atilde;o</td>
								<td>CONTADORES DE CAUSOS E HIST&Oacute;RIAS</td>
								<td>EDUARDO ASSUNCAO ESTEVAO, HEBE MARIA ROLA SANTOS, GUSTAVO GIOVANNY DOS REIS APOSTOLOS, ALEXSANDRE GUSTAVO DA SILVA CARVALHO</td>
								<td>UFOP</td>
							</tr>
							<tr>
								<td>POSTER</td>
								<td>SEXT</td>
								<td>Pr&ecirc;mio destaque de Extens&atilde;o</td>
								<td>Inclus&atilde;o: pr&aacute;ticas pedag&oacute;gicas, aquisi&ccedil;&atilde;o do sistema de escrita e outras aprendizagens</td>
								<td>AISHA CORACI JOBIM RUIZ GIMENEZ, MARCO ANTONIO MELO FRANCO</td>
								<td>UFOP</td>
							</tr>
							<tr>
								<td>POSTER</td>
								<td>SEXT</td>
								<td>Pr&ecirc;mio destaque de Extens&atilde;o</td>
								<td>Mambembe - M&uacute;sica e Teatro Itinerante.</td>
								<td>BRUNA CAROLINE SOARES DE MENESES, LETICIA RACHID MACHADO, NEIDE DAS GRACAS DE SOUZA BORTOLINI, ISABELA FREIRIA YEDA MACEDO, VINICIUS AMORIM ALMENDROS, JAQUELINE LOURENCO DE SOUZA PEREIRA</td>
								<td>UFOP</td>
							</tr>
							<tr>
								<td>POSTER</td>
								<td>SEINTER</td>
								<td>Pr&ecirc;mio destaque do SEINTER (1&ordm; lugar)</td>
								<td>Mobilidade Internacional na Arizona State University - Estados Unidos</td>
								<td>Rodrigo Marcos Ven&acirc;ncio</td>
								<td>UFOP</td>
							</tr>
							<tr>
								<td>POSTER</td>
								<td>SEINTER</td>
								<td>Pr&ecirc;mio destaque do SEINTER (2&ordm; lugar)</td>
								<td>Mobilidade Internacional na Missouri University of Science and Technology - Estados Unidos</td>
								<td>Rairu Vaz Penna</td>
								<td>UFOP</td>
							</tr>
							<tr>
								<td>POSTER</td>
								<td>SEINTER</td>
								<td>Pr&ecirc;mio destaque do SEINTER (3&ordm; lugar)</td>
								<td>Mobilidade Internacional na Johnson &amp; Wales University - Estados Unidos</td>
								<td>Jessica Ferreira Soares</td>
								<td>UFOP</td>
							</tr>
						</tbody>
					</table>
				</div>
			</div>
		</div>
	</div>
	<?php include "bibliotecas.php"; ?>
	<script type="text/javascript" language="javascript" src="plugins/datatables/media/js/jquery.dataTables.min.js"></script>
	<script>
	var table = $('#apresentacoes').DataTable({
		"dom": 'Tf<"top"i>rt<"clear">lp',
		"order": [[ 1, "asc" ]],
		"lengthMenu": [[25, 50, -1], [25, 50, "Todas"]],
		"oLanguage": {
			"sUrl": "datables_portugues.json"
		}
	});
	</script>
	<?php include ("footer.php"); ?>
