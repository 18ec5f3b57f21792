<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<meta http-equiv="content-type" content="text/html; charset=UTF-8" />

<?php include "header.php"; ?>
<body>
<div id="container">
  <?php include "logo.php"; ?>
  <?php include "top-menu.php"; ?>

  <?php include "menu.php"; ?>  
    
  <div id="content" class = "rounded-corners">
<div id="justify">
<h1>Programação</h1>
<hr>

<br />
<h4><br />
07/05/2013 – Terça-Feira:</h4>
<table border="1">
  <tr>
    <th>Horário</th>
    <th>Evento</th>
  </tr>
    <tr  class="alt">
    <td>18:00</td>
    <td>Início do credenciamento e distribuição do material (07 e 08 de maio)
</td>
  </tr>
  <tr class = "double">
    <td>19:30</td>
    <td>Cerimônia de Abertura<br />
    
    </td>
  </tr>

    <tr  class="alt">
    <td>20:00</td>
    <td>Conferência de abertura<br />
Profa. Dra. Marie José Mondzain (CNRS/França)
</td></tr>
</table>


<br />
<h4><br />
08/05/2013 – quarta-feira:</h4>


<table border="1">
  <tr>
    <th>Horário</th>
    <th>Evento</th>
  </tr>
  <tr class="alt double">
    <td>08:30</td>
    <td>Mesa-Redonda “Humor Gráfico”<br >
      Profa. Dra Diana Luz Ceballo Gómez (Universidad Nacional de Colombia, Medellín) <br>
Profa. Dra. Fausta Gantús (Universidad Autónoma de México) <br>
Profa. Dra. Maria Francisca Pires (Universidade Federal de Viçosa) <br>
    </td>
  </tr>
  <tr  class="alt">
    <td>12:00</td>
    <td>Intervalo para Almoço</td>
  </tr>
  <tr>
    <td>14:00</td>
    <td>Sessões de Comunicações
<br />
    </td>
  </tr>

<tr class="alt">
  <td>15:30</td>
<td>Cafezinho</td></tr>
<tr><td>16:00</td>
<td>Sessões de Comunicações</td></tr>
<tr class="alt"><td>18:00</td>
<td>Atividade cultural</td></tr>
<tr class="double"><td>20:00</td>
<td >Conferência <br>
Prof. Dr. Jaime Humberto Borja Gomez (Universidad De Los Andes, Bogotá)</td></tr>
</table>




<br />
<h4><br />
09/05/2013 – Quinta-Feira:</h4>


<table>
  <tr>
    <th>Horário</th>
    <th>Evento</th>
  </tr>
  
<tr class="double"><td>08:30</td>
<td>Mesa-Redonda “Análise de Imagens” <br>
Profa. Dra. Angelita M. Visalli (Universidade Estadual de Londrina)<br>

Prof. Dr. Eduardo Moretin (Universidade de São Paulo/ECA)<br>

Prof. Dr. Maurício Lissovsky (Universidade Federal do Rio de Janeiro/ ECO)</td></tr>
<tr class="alt"><td>12:00</td>
<td>Intervalo para Almoço</td></tr>
<tr><td>14:00</td>
<td>Sessões de Comunicações</td></tr>
<tr class="alt"><td>15:30</td>
<td>Cafezinho</td></tr>
<tr><td>16:00</td>
<td>Sessões de Comunicações</td></tr>
<tr class="alt"><td>18:00</td>
<td>Atividade cultural</td></tr>
<tr class="double"><td>20:00</td>
<td>Mesa-Redonda “Arte de criar” <br>
No aguardo dos aceites </td></tr>
</table>



<br />
<br />
<h4>10/05/2013 – Sexta-Feira</h4>



<table>
  <tr>
    <th>Horário</th>
    <th>Evento</th>
  </tr>
  <tr class="double"><td>08:30</td>
  <td>Mesa-Redonda “Patrimônio e memória” <br>
    Prof. Dr. Pedro Luis Puntoni ((Universidade de São Paulo)) <br>
    No aguardo dos demais aceites</td></tr>
<tr class="alt"><td>12:00</td>
<td>Intervalo para Almoço</td></tr>
<tr><td>14:00</td>
<td>Sessões de Comunicações</td></tr>
<tr class="alt"><td>15:30</td>
<td>Cafezinho</td></tr>
<tr><td>16:00</td>
<td>Sessões de Comunicações</td></tr>
<tr class="alt"><td>18:00</td>
<td>Atividade cultural</td>
</tr>
<tr class="double">
  <td>20:00</td>
<td >Conferência de encerramento <br>
Prof. Dr. Antonio Rodriguez de Las Heras (Universidad Carlos III de Madrid/Espanha)</td>
</tr>
</table>
</div>
  </div>
</div>
</div>
</div>
<?php include "footer.php"; ?>  
</body>
</html>



