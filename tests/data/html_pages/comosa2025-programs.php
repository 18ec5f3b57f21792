<!DOCTYPE html>
<html lang=en xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml">

<?php include('head.html');?>

<header>
<?php include('menu.php');?>


</header>
<body>
<div class="twelve columns section">
<div class=container>
<h1>Program</h1>
</div>
</div>
<div class="container wrap">
<div class="row">
<div class="tc">

<p style="text-indent: 0pt;text-align: center;">COMOSA 2025 – PROGRAM SCHEDULE</p>


<a href="files/COMOSA 2025_Program Schedule (v2).pdf">Download PDF</a>

<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0
 style='border-collapse:collapse;mso-yfti-tbllook:1184;mso-padding-alt:0mm 5.4pt 0mm 5.4pt'>
 <tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes;height:19.85pt'>
  <td width=89 style='width:66.4pt;border:solid black 1.0pt;mso-border-alt:
  solid black .5pt;background:#001F5F;padding:0mm 5.4pt 0mm 5.4pt;height:19.85pt'>
  <p class=MsoNormal align=center style='margin-bottom:0mm;text-align:center;
  line-height:normal'><b><span style='font-size:9.0pt;font-family:"Calibri",sans-serif;
  mso-fareast-font-family:"Times New Roman";color:white;mso-color-alt:windowtext;
  mso-font-kerning:0pt;mso-ligatures:none'>Time</span></b><b><span
  style='font-size:9.0pt;font-family:"Calibri",sans-serif;mso-fareast-font-family:
  "Times New Roman";mso-font-kerning:0pt;mso-ligatures:none'><o:p></o:p></span></b></p>
  </td>
  <td width=72 style='width:53.85pt;border-top:solid black 1.0pt;border-left:
  none;border-bottom:solid #001F5F 1.0pt;border-right:none;mso-border-top-alt:
  solid black .5pt;mso-border-bottom-alt:solid #001F5F .5pt;background:#001F5F;
  padding:0mm 5.4pt 0mm 5.4pt;height:19.85pt'>
  <p class=MsoNormal align=center style='margin-bottom:0mm;text-align:center;
  line-height:normal'><b><span style='font-size:9.0pt;font-family:"Calibri",sans-serif;
  mso-fareast-font-family:"Times New Roman";color:white;mso-color-alt:windowtext;
  mso-font-kerning:0pt;mso-ligatures:none'>Location</span></b><b><span
  style='font-size:9.0pt;font-family:"Calibri",sans-serif;mso-fareast-font-family:
  "Times New Roman";mso-font-kerning:0pt;mso-ligatures:none'><o:p></o:p></span></b></p>
  </td>
  <td width=66 style='width:49.6pt;border:solid windowtext 1.0pt;border-right:
  none;mso-border-top-alt:solid windowtext .5pt;mso-border-left-alt:solid windowtext .5pt;
  mso-border-bottom-alt:solid windowtext .5pt;background:#001F5F;padding:0mm 5.4pt 0mm 5.4pt;
  height:19.85pt'>
  <p class=MsoNormal align=center style='margin-bottom:0mm;text-align:center;
  line-height:normal'><b><span style='font-size:9.0pt;font-family:"Calibri",sans-serif;
  mso-fareast-font-family:"Times New Roman";color:white;mso-color-alt:windowtext;
  mso-font-kerning:0pt;mso-ligatures:none'>Submission ID</span></b><b><span
  style='font-size:9.0pt;font-family:"Calibri",sans-serif;mso-fareast-font-family:
  "Times New Roman";mso-font-kerning:0pt;mso-ligatures:none'><o:p></o:p></span></b></p>
  </td>
  <td width=637 style='width:477.65pt;border:solid windowtext 1.0pt;mso-border-alt:
  solid windowtext .5pt;background:#001F5F;padding:0mm 5.4pt 0mm 5.4pt;
  height:19.85pt'>
  <p class=MsoNormal align=center style='margin-bottom:0mm;text-align:center;
  line-height:normal'><b><span style='font-size:9.0pt;font-family:"Calibri",sans-serif;
  mso-fareast-font-family:"Times New Roman";color:white;mso-color-alt:windowtext;
  mso-font-kerning:0pt;mso-ligatures:none'>Activity</span></b><b><span
  style='font-size:9.0pt;font-family:"Calibri",sans-serif;mso-fareast-font-family:
  "Times New Roman";mso-font-kerning:0pt;mso-ligatures:none'><o:p></o:p></span></b></p>
  </td>
 </tr>
 <tr style='mso-yfti-irow:1;height:19.85pt'>
  <td width=89 style='width:66.4pt;border:solid black 1.0pt;border-top:none;
  mso-border-left-alt:solid black .5pt;mso-border-bottom-alt:solid black .5pt;
  mso-border-right-alt:solid black .5pt;background:#124F1A;padding:0mm 5.4pt 0mm 5.4pt;
  height:19.85pt'>
  <p class=MsoNormal align=center style='margin-bottom:0mm;text-align:center;
  line-height:normal'><b><span style='font-size:9.0pt;font-family:"Calibri",sans-serif;
  mso-fareast-font-family:"Times New Roman";color:white;mso-color-alt:windowtext;
  mso-font-kerning:0pt;mso-ligatures:none'>Day 01</span></b><b><span
  style='font-size:9.0pt;font-family:"Calibri",sans-serif;mso-fareast-font-family:
  "Times New Roman";mso-font-kerning:0pt;mso-ligatures:none'><o:p></o:p></span></b></p>
  </td>
  <td width=72 style='width:53.85pt;border:none;border-bottom:solid #124F1A 1.0pt;
  mso-border-top-alt:solid black .5pt;mso-border-top-alt:solid black .5pt;
  mso-border-bottom-alt:solid #124F1A .5pt;background:#124F1A;padding:0mm 5.4pt 0mm 5.4pt;
  height:19.85pt'>
  <p class=MsoNormal style='margin-bottom:0mm;line-height:normal'><span
  style='font-size:9.0pt;font-family:"Times New Roman",serif;mso-fareast-font-family:
  "Times New Roman";color:white;mso-color-alt:windowtext;mso-font-kerning:0pt;
  mso-ligatures:none'>&nbsp;</span><span style='font-size:9.0pt;font-family:
  "Times New Roman",serif;mso-fareast-font-family:"Times New Roman";mso-font-kerning:
  0pt;mso-ligatures:none'><o:p></o:p></span></p>
  </td>
  <td width=66 style='width:49.6pt;border-top:none;border-left:solid windowtext 1.0pt;
  border-bottom:solid windowtext 1.0pt;border-right:none;mso-border-left-alt:
  solid windowtext .5pt;mso-border-bottom-alt:solid windowtext .5pt;background:
  #124F1A;padding:0mm 5.4pt 0mm 5.4pt;height:19.85pt'>
  <p class=MsoNormal style='margin-bottom:0mm;line-height:normal'><span
  style='font-size:9.0pt;font-family:"Times New Roman",serif;mso-fareast-font-family:
  "Times New Roman";color:white;mso-color-alt:windowtext;mso-font-kerning:0pt;
  mso-ligatures:none'>&nbsp;</span><span style='font-size:9.0pt;font-family:
  "Times New Roman",serif;mso-fareast-font-family:"Times New Roman";mso-font-kerning:
  0pt;mso-ligatures:none'><o:p></o:p></span></p>
  </td>
  <td width=637 style='width:477.65pt;border:solid windowtext 1.0pt;border-top:
  none;mso-border-left-alt:solid windowtext .5pt;mso-border-bottom-alt:solid windowtext .5pt;
  mso-border-right-alt:solid windowtext .5pt;background:#124F1A;padding:0mm 5.4pt 0mm 5.4pt;
  height:19.85pt'>
  <p class=MsoNormal align=center style='margin-bottom:0mm;text-align:center;
  line-height:normal'><b><span style='font-size:9.0pt;font-family:"Calibri",sans-serif;
  mso-fareast-font-family:"Times New Roman";color:white;mso-color-alt:windowtext;
  mso-font-kerning:0pt;mso-ligatures:none'>Friday, August 15<sup>th</sup>, 2025</span></b><b><span
  style='font-size:9.0pt;font-family:"Calibri",sans-serif;mso-fareast-font-family:
  "Times New Roman";mso-font-kerning:0pt;mso-ligatures:none'><o:p></o:p></span></b></p>
  </td>
 </tr>
 <tr style='mso-yfti-irow:2;height:19.85pt'>
  <td width=89 style='width:66.4pt;border:solid black 1.0pt;border-top:none;
  mso-border-left-alt:solid black .5pt;mso-border-bottom-alt:solid black .5pt;
  mso-border-right-alt:solid black .5pt;padding:0mm 5.4pt 0mm 5.4pt;height:
  19.85pt'>
  <p class=MsoNormal style='margin-bottom:0mm;line-height:normal'><span
  style='font-size:9.0pt;font-family:"Calibri",sans-serif;mso-fareast-font-family:
  "Times New Roman";mso-font-kerning:0pt;mso-ligatures:none'>08:30 – 09:00</span><span
  style='font-size:9.0pt;font-family:"Times New Roman",serif;mso-fareast-font-family:
  "Times New Roman";mso-font-kerning:0pt;mso-ligatures:none'><o:p></o:p></span></p>
  </td>
  <td width=72 rowspan=9 style='width:53.85pt;border-top:none;border-left:none;
  border-bottom:solid black 1.0pt;border-right:solid windowtext 1.0pt;
  mso-border-left-alt:solid black .5pt;mso-border-left-alt:solid black .5pt;
  mso-border-bottom-alt:solid black .5pt;mso-border-right-alt:solid windowtext .5pt;
  padding:0mm 5.4pt 0mm 5.4pt;height:19.85pt'>
  <p class=MsoNormal align=center style='margin-bottom:0mm;text-align:center;
  line-height:normal'><span style='font-size:9.0pt;font-family:"Calibri",sans-serif;
  mso-fareast-font-family:"Times New Roman";mso-font-kerning:0pt;mso-ligatures:
  none'>C401<o:p></o:p></span></p>
  </td>
  <td width=66 rowspan=2 style='width:49.6pt;border:none;mso-border-left-alt:
  solid windowtext .5pt;padding:0mm 5.4pt 0mm 5.4pt;height:19.85pt'>
  <p class=MsoNormal align=center style='margin-bottom:0mm;text-align:center;
  line-height:normal'><span style='font-size:9.0pt;font-family:"Calibri",sans-serif;
  mso-fareast-font-family:"Times New Roman";mso-font-kerning:0pt;mso-ligatures:
  none'>&nbsp;<o:p></o:p></span></p>
  </td>
  <td width=637 style='width:477.65pt;border:solid windowtext 1.0pt;border-top:
  none;mso-border-left-alt:solid windowtext .5pt;mso-border-bottom-alt:solid windowtext .5pt;
  mso-border-right-alt:solid windowtext .5pt;padding:0mm 5.4pt 0mm 5.4pt;
  height:19.85pt'>
  <p class=MsoNormal align=center style='margin-bottom:0mm;text-align:center;
  line-height:normal'><span style='font-size:9.0pt;font-family:"Calibri",sans-serif;
  mso-fareast-font-family:"Times New Roman";mso-font-kerning:0pt;mso-ligatures:
  none'>Welcome &amp; Check-in<o:p></o:p></span></p>
  </td>
 </tr>
 <tr style='mso-yfti-irow:3;height:19.85pt'>
  <td width=89 style='width:66.4pt;border:solid black 1.0pt;border-top:none;
  mso-border-left-alt:solid black .5pt;mso-border-bottom-alt:solid black .5pt;
  mso-border-right-alt:solid black .5pt;padding:0mm 5.4pt 0mm 5.4pt;height:
  19.85pt'>
  <p class=MsoNormal style='margin-bottom:0mm;line-height:normal'><span
  style='font-size:9.0pt;font-family:"Calibri",sans-serif;mso-fareast-font-family:
  "Times New Roman";mso-font-kerning:0pt;mso-ligatures:none'>09:00 – 09:30<o:p></o:p></span></p>
  </td>
  <td width=637 style='width:477.65pt;border:solid windowtext 1.0pt;border-top:
  none;mso-border-left-alt:solid windowtext .5pt;mso-border-bottom-alt:solid windowtext .5pt;
  mso-border-right-alt:solid windowtext .5pt;padding:0mm 5.4pt 0mm 5.4pt;
  height:19.85pt'>
  <p class=MsoNormal align=center style='margin-bottom:0mm;text-align:center;
  line-height:normal'><b><span style='font-size:9.0pt;font-family:"Calibri",sans-serif;
  mso-fareast-font-family:"Times New Roman";mso-font-kerning:0pt;mso-ligatures:
  none'>Opening ceremony<br>
  </span></b><span style='font-size:9.0pt;font-family:"Calibri",sans-serif;
  mso-fareast-font-family:"Times New Roman";mso-font-kerning:0pt;mso-ligatures:
  none'>Welcome remarks –<span style='mso-spacerun:yes'>  </span>Prof. Laurent
  El Ghaoui, VinUniveristy<br>
  Opening speech – Dr. Le Minh Ha, VIASM<br>
  Conference Overview &amp; Program Summary - Assoc. Prof. Nguyen Ngoc Doanh,
  VinUniversity<o:p></o:p></span></p>
  </td>
 </tr>
 <tr style='mso-yfti-irow:4;height:19.85pt'>
  <td width=89 style='width:66.4pt;border:solid black 1.0pt;border-top:none;
  mso-border-left-alt:solid black .5pt;mso-border-bottom-alt:solid black .5pt;
  mso-border-right-alt:solid black .5pt;padding:0mm 5.4pt 0mm 5.4pt;height:
  19.85pt'>
  <p class=MsoNormal style='margin-bottom:0mm;line-height:normal'><span
  style='font-size:9.0pt;font-family:"Calibri",sans-serif;mso-fareast-font-family:
  "Times New Roman";mso-font-kerning:0pt;mso-ligatures:none'>09:30 – 10:30<o:p></o:p></span></p>
  </td>
  <td width=66 style='width:49.6pt;border-top:solid windowtext 1.0pt;
  border-left:none;border-bottom:solid windowtext 1.0pt;border-right:none;
  mso-border-top-alt:solid windowtext .5pt;mso-border-bottom-alt:solid windowtext .5pt;
  padding:0mm 5.4pt 0mm 5.4pt;height:19.85pt'>
  <p class=MsoNormal align=center style='margin-bottom:0mm;text-align:center;
  line-height:normal'><span style='font-size:9.0pt;font-family:"Calibri",sans-serif;
  mso-fareast-font-family:"Times New Roman";mso-font-kerning:0pt;mso-ligatures:
  none'>&nbsp;<o:p></o:p></span></p>
  </td>
  <td width=637 style='width:477.65pt;border:solid windowtext 1.0pt;border-top:
  none;mso-border-left-alt:solid windowtext .5pt;mso-border-bottom-alt:solid windowtext .5pt;
  mso-border-right-alt:solid windowtext .5pt;padding:0mm 5.4pt 0mm 5.4pt;
  height:19.85pt'>
  <p class=MsoNormal align=center style='margin-bottom:0mm;text-align:center;
  line-height:normal'><b><span style='font-size:9.0pt;font-family:"Calibri",sans-serif;
  mso-fareast-font-family:"Times New Roman";mso-font-kerning:0pt;mso-ligatures:
  none'>Session Chair: Assoc. Prof. Nguyen Ngoc Doanh<br>
  Keynote Speech 1<br>
  Modeling to support sustainability science: how open agent-based platforms
  can foster transdisciplinary approaches<br>
  </span></b><span style='font-size:9.0pt;font-family:"Calibri",sans-serif;
  mso-fareast-font-family:"Times New Roman";mso-font-kerning:0pt;mso-ligatures:
  none'>Prof. Alexis Drogoul, Ummisco, IRD, France<o:p></o:p></span></p>
  </td>
 </tr>
 <tr style='mso-yfti-irow:5;height:19.85pt'>
  <td width=89 style='width:66.4pt;border:solid black 1.0pt;border-top:none;
  mso-border-left-alt:solid black .5pt;mso-border-bottom-alt:solid black .5pt;
  mso-border-right-alt:solid black .5pt;padding:0mm 5.4pt 0mm 5.4pt;height:
  19.85pt'>
  <p class=MsoNormal style='margin-bottom:0mm;line-height:normal'><span
  style='font-size:9.0pt;font-family:"Calibri",sans-serif;mso-fareast-font-family:
  "Times New Roman";mso-font-kerning:0pt;mso-ligatures:none'>10:30 – 10:50<o:p></o:p></span></p>
  </td>
  <td width=66 style='width:49.6pt;border:none;border-bottom:solid windowtext 1.0pt;
  mso-border-bottom-alt:solid windowtext .5pt;padding:0mm 5.4pt 0mm 5.4pt;
  height:19.85pt'>
  <p class=MsoNormal align=center style='margin-bottom:0mm;text-align:center;
  line-height:normal'><span style='font-size:9.0pt;font-family:"Calibri",sans-serif;
  mso-fareast-font-family:"Times New Roman";mso-font-kerning:0pt;mso-ligatures:
  none'>&nbsp;<o:p></o:p></span></p>
  </td>
  <td width=637 style='width:477.65pt;border:solid windowtext 1.0pt;border-top:
  none;mso-border-left-alt:solid windowtext .5pt;mso-border-bottom-alt:solid windowtext .5pt;
  mso-border-right-alt:solid windowtext .5pt;padding:0mm 5.4pt 0mm 5.4pt;
  height:19.85pt'>
  <p class=MsoNormal align=center style='margin-bottom:0mm;text-align:center;
  line-height:normal'><span style='font-size:9.0pt;font-family:"Calibri",sans-serif;
  mso-fareast-font-family:"Times New Roman";mso-font-kerning:0pt;mso-ligatures:
  none'>Tea Break<o:p></o:p></span></p>
  </td>
 </tr>
 <tr style='mso-yfti-irow:6;height:19.85pt'>
  <td width=89 style='width:66.4pt;border:solid black 1.0pt;border-top:none;
  mso-border-left-alt:solid black .5pt;mso-border-bottom-alt:solid black .5pt;
  mso-border-right-alt:solid black .5pt;background:#538DD5;padding:0mm 5.4pt 0mm 5.4pt;
  height:19.85pt'>
  <p class=MsoNormal style='margin-bottom:0mm;line-height:normal'><span
  style='font-size:9.0pt;font-family:"Calibri",sans-serif;mso-fareast-font-family:
  "Times New Roman";color:black;mso-color-alt:windowtext;mso-font-kerning:0pt;
  mso-ligatures:none'>10:50 – 12:10</span><span style='font-size:9.0pt;
  font-family:"Calibri",sans-serif;mso-fareast-font-family:"Times New Roman";
  mso-font-kerning:0pt;mso-ligatures:none'><o:p></o:p></span></p>
  </td>
  <td width=66 style='width:49.6pt;border:none;border-bottom:solid windowtext 1.0pt;
  mso-border-bottom-alt:solid windowtext .5pt;background:#538DD5;padding:0mm 5.4pt 0mm 5.4pt;
  height:19.85pt'>
  <p class=MsoNormal align=center style='margin-bottom:0mm;text-align:center;
  line-height:normal'><span style='font-size:9.0pt;font-family:"Calibri",sans-serif;
  mso-fareast-font-family:"Times New Roman";color:black;mso-color-alt:windowtext;
  mso-font-kerning:0pt;mso-ligatures:none'>&nbsp;</span><span style='font-size:
  9.0pt;font-family:"Calibri",sans-serif;mso-fareast-font-family:"Times New Roman";
  mso-font-kerning:0pt;mso-ligatures:none'><o:p></o:p></span></p>
  </td>
  <td width=637 style='width:477.65pt;border:solid windowtext 1.0pt;border-top:
  none;mso-border-left-alt:solid windowtext .5pt;mso-border-bottom-alt:solid windowtext .5pt;
  mso-border-right-alt:solid windowtext .5pt;background:#538DD5;padding:0mm 5.4pt 0mm 5.4pt;
  height:19.85pt'>
  <p class=MsoNormal align=center style='margin-bottom:0mm;text-align:center;
  line-height:normal'><b><span style='font-size:9.0pt;font-family:"Calibri",sans-serif;
  mso-fareast-font-family:"Times New Roman";color:black;mso-color-alt:windowtext;
  mso-font-kerning:0pt;mso-ligatures:none'>Session 1<br>
  </span></b><span style='font-size:9.0pt;font-family:"Calibri",sans-serif;
  mso-fareast-font-family:"Times New Roman";color:black;mso-color-alt:windowtext;
  mso-font-kerning:0pt;mso-ligatures:none'>Session Chair: Dr. Mohd Hafiz Mohd,
  School of Mathematical Sciences, Universiti Sains Malaysia</span><span
  style='font-size:9.0pt;font-family:"Calibri",sans-serif;mso-fareast-font-family:
  "Times New Roman";mso-font-kerning:0pt;mso-ligatures:none'><o:p></o:p></span></p>
  </td>
 </tr>
 <tr style='mso-yfti-irow:7;height:19.85pt'>
  <td width=89 style='width:66.4pt;border:solid black 1.0pt;border-top:none;
  mso-border-left-alt:solid black .5pt;mso-border-bottom-alt:solid black .5pt;
  mso-border-right-alt:solid black .5pt;padding:0mm 5.4pt 0mm 5.4pt;height:
  19.85pt'>
  <p class=MsoNormal style='margin-bottom:0mm;line-height:normal'><span
  style='font-size:9.0pt;font-family:"Calibri",sans-serif;mso-fareast-font-family:
  "Times New Roman";mso-font-kerning:0pt;mso-ligatures:none'>10:50 – 11:10<o:p></o:p></span></p>
  </td>
  <td width=66 nowrap style='width:49.6pt;border:none;border-bottom:solid windowtext 1.0pt;
  mso-border-bottom-alt:solid windowtext .5pt;padding:0mm 5.4pt 0mm 5.4pt;
  height:19.85pt'>
  <p class=MsoNormal align=center style='margin-bottom:0mm;text-align:center;
  line-height:normal'><span style='font-size:9.0pt;font-family:"Times New Roman",serif;
  mso-fareast-font-family:"Times New Roman";mso-font-kerning:0pt;mso-ligatures:
  none'>25<o:p></o:p></span></p>
  </td>
  <td width=637 style='width:477.65pt;border:solid windowtext 1.0pt;border-top:
  none;mso-border-left-alt:solid windowtext .5pt;mso-border-bottom-alt:solid windowtext .5pt;
  mso-border-right-alt:solid windowtext .5pt;background:#DCE6F1;padding:0mm 5.4pt 0mm 5.4pt;
  height:19.85pt'>
  <p class=MsoNormal align=center style='margin-bottom:0mm;text-align:center;
  line-height:normal'><b><span style='font-size:9.0pt;font-family:"Calibri",sans-serif;
  mso-fareast-font-family:"Times New Roman";color:black;mso-color-alt:windowtext;
  mso-font-kerning:0pt;mso-ligatures:none'>A Simulation-based Optimization
  Approach for Patient Admission Scheduling Problem Under Uncertainty<br>
  </span></b><i><span style='font-size:9.0pt;font-family:"Calibri",sans-serif;
  mso-fareast-font-family:"Times New Roman";color:black;mso-color-alt:windowtext;
  mso-font-kerning:0pt;mso-ligatures:none'>Luu Nguyen Minh Thu, Ha Thi Xuan
  Chi, Phung Duc Bao, Nguyen Thi Phuong Anh, Huynh Nguyen Kim Ngan, Nguyen
  Hoang Thai Cong, Cao Duong Bao Ngoc</span></i><i><span style='font-size:9.0pt;
  font-family:"Calibri",sans-serif;mso-fareast-font-family:"Times New Roman";
  mso-font-kerning:0pt;mso-ligatures:none'><o:p></o:p></span></i></p>
  </td>
 </tr>
 <tr style='mso-yfti-irow:8;height:19.85pt'>
  <td width=89 style='width:66.4pt;border:solid black 1.0pt;border-top:none;
  mso-border-left-alt:solid black .5pt;mso-border-bottom-alt:solid black .5pt;
  mso-border-right-alt:solid black .5pt;padding:0mm 5.4pt 0mm 5.4pt;height:
  19.85pt'>
  <p class=MsoNormal style='margin-bottom:0mm;line-height:normal'><span
  style='font-size:9.0pt;font-family:"Calibri",sans-serif;mso-fareast-font-family:
  "Times New Roman";mso-font-kerning:0pt;mso-ligatures:none'>11:10 – 11:30<o:p></o:p></span></p>
  </td>
  <td width=66 nowrap style='width:49.6pt;border:none;border-bottom:solid windowtext 1.0pt;
  mso-border-bottom-alt:solid windowtext .5pt;padding:0mm 5.4pt 0mm 5.4pt;
  height:19.85pt'>
  <p class=MsoNormal align=center style='margin-bottom:0mm;text-align:center;
  line-height:normal'><span style='font-size:9.0pt;font-family:"Times New Roman",serif;
  mso-fareast-font-family:"Times New Roman";mso-font-kerning:0pt;mso-ligatures:
  none'>99<o:p></o:p></span></p>
  </td>
  <td width=637 style='width:477.65pt;border:solid windowtext 1.0pt;border-top:
  none;mso-border-left-alt:solid windowtext .5pt;mso-border-bottom-alt:solid windowtext .5pt;
  mso-border-right-alt:solid windowtext .5pt;background:#DCE6F1;padding:0mm 5.4pt 0mm 5.4pt;
  height:19.85pt'>
  <p class=MsoNormal align=center style='margin-bottom:0mm;text-align:center;
  line-height:normal'><b><span style='font-size:9.0pt;font-family:"Calibri",sans-serif;
  mso-fareast-font-family:"Times New Roman";color:black;mso-color-alt:windowtext;
  mso-font-kerning:0pt;mso-ligatures:none'>Comparative Analysis of Temporal
  Deep Learning Models for Flood Level Forecasting: A Case Study in the Gianh
  River Basin<br>
  </span></b><i><span style='font-size:9.0pt;font-family:"Calibri",sans-serif;
  mso-fareast-font-family:"Times New Roman";color:black;mso-color-alt:windowtext;
  mso-font-kerning:0pt;mso-ligatures:none'>Nguyen Viet Hoang, Vu Huong Ngan,
  Nguyen Ngoc Doanh, Dinh Nhat Quang</span></i><i><span style='font-size:9.0pt;
  font-family:"Calibri",sans-serif;mso-fareast-font-family:"Times New Roman";
  mso-font-kerning:0pt;mso-ligatures:none'><o:p></o:p></span></i></p>
  </td>
 </tr>
 <tr style='mso-yfti-irow:9;height:19.85pt'>
  <td width=89 style='width:66.4pt;border:solid black 1.0pt;border-top:none;
  mso-border-left-alt:solid black .5pt;mso-border-bottom-alt:solid black .5pt;
  mso-border-right-alt:solid black .5pt;padding:0mm 5.4pt 0mm 5.4pt;height:
  19.85pt'>
  <p class=MsoNormal style='margin-bottom:0mm;line-height:normal'><span
  style='font-size:9.0pt;font-family:"Calibri",sans-serif;mso-fareast-font-family:
  "Times New Roman";mso-font-kerning:0pt;mso-ligatures:none'>11:30 – 11:50<o:p></o:p></span></p>
  </td>
  <td width=66 nowrap style='width:49.6pt;border-top:none;border-left:none;
  border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;
  mso-border-bottom-alt:solid windowtext .5pt;mso-border-right-alt:solid windowtext .5pt;
  padding:0mm 5.4pt 0mm 5.4pt;height:19.85pt'>
  <p class=MsoNormal align=center style='margin-bottom:0mm;text-align:center;
  line-height:normal'><span style='font-size:9.0pt;font-family:"Times New Roman",serif;
  mso-fareast-font-family:"Times New Roman";mso-font-kerning:0pt;mso-ligatures:
  none'>31<o:p></o:p></span></p>
  </td>
  <td width=637 style='width:477.65pt;border-top:none;border-left:none;
  border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;
  mso-border-bottom-alt:solid windowtext .5pt;mso-border-right-alt:solid windowtext .5pt;
  background:#DCE6F1;padding:0mm 5.4pt 0mm 5.4pt;height:19.85pt'>
  <p class=MsoNormal align=center style='margin-bottom:0mm;text-align:center;
  line-height:normal'><b><span style='font-size:9.0pt;font-family:"Calibri",sans-serif;
  mso-fareast-font-family:"Times New Roman";color:black;mso-color-alt:windowtext;
  mso-font-kerning:0pt;mso-ligatures:none'>A Hybrid Genetic Search for
  Energy-Aware Multi-Trip Drone Routing with Time-Windows</span></b><i><span
  style='font-size:9.0pt;font-family:"Calibri",sans-serif;mso-fareast-font-family:
  "Times New Roman";color:black;mso-color-alt:windowtext;mso-font-kerning:0pt;
  mso-ligatures:none'><br>
  Tuan Anh Pham, Minh Hoàng Hà, Duc Minh Vu, Duc Dong Do</span></i><b><span
  style='font-size:9.0pt;font-family:"Calibri",sans-serif;mso-fareast-font-family:
  "Times New Roman";mso-font-kerning:0pt;mso-ligatures:none'><o:p></o:p></span></b></p>
  </td>
 </tr>
 <tr style='mso-yfti-irow:10;height:19.85pt'>
  <td width=89 style='width:66.4pt;border:solid black 1.0pt;border-top:none;
  mso-border-left-alt:solid black .5pt;mso-border-bottom-alt:solid black .5pt;
  mso-border-right-alt:solid black .5pt;padding:0mm 5.4pt 0mm 5.4pt;height:
  19.85pt'>
  <p class=MsoNormal style='margin-bottom:0mm;line-height:normal'><span
  style='font-size:9.0pt;font-family:"Calibri",sans-serif;mso-fareast-font-family:
  "Times New Roman";mso-font-kerning:0pt;mso-ligatures:none'>11:50 – 12:10<o:p></o:p></span></p>
  </td>
  <td width=66 nowrap style='width:49.6pt;border-top:none;border-left:none;
  border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;
  mso-border-bottom-alt:solid windowtext .5pt;mso-border-right-alt:solid windowtext .5pt;
  padding:0mm 5.4pt 0mm 5.4pt;height:19.85pt'>
  <p class=MsoNormal align=center style='margin-bottom:0mm;text-align:center;
  line-height:normal'><span style='font-size:9.0pt;font-family:"Times New Roman",serif;
  mso-fareast-font-family:"Times New Roman";mso-font-kerning:0pt;mso-ligatures:
  none'>18<o:p></o:p></span></p>
  </td>
  <td width=637 style='width:477.65pt;border-top:none;border-left:none;
  border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;
  mso-border-bottom-alt:solid windowtext .5pt;mso-border-right-alt:solid windowtext .5pt;
  background:#DCE6F1;padding:0mm 5.4pt 0mm 5.4pt;height:19.85pt'>
  <p class=MsoNormal align=center style='margin-bottom:0mm;text-align:center;
  line-height:normal'><b><span style='font-size:9.0pt;font-family:"Calibri",sans-serif;
  mso-fareast-font-family:"Times New Roman";color:black;mso-color-alt:windowtext;
  mso-font-kerning:0pt;mso-ligatures:none'>Enhancing Learning to Cuts Approach
  for Solving NP-hard Problems</span></b><i><span style='font-size:9.0pt;
  font-family:"Calibri",sans-serif;mso-fareast-font-family:"Times New Roman";
  color:black;mso-color-alt:windowtext;mso-font-kerning:0pt;mso-ligatures:none'><br>
  Truong Ngoc Thao Vy, Nguyen Van Hop</span></i><i><span style='font-size:9.0pt;
  font-family:"Calibri",sans-serif;mso-fareast-font-family:"Times New Roman";
  mso-font-kerning:0pt;mso-ligatures:none'><o:p></o:p></span></i></p>
  </td>
 </tr>
 <tr style='mso-yfti-irow:11;height:19.85pt'>
  <td width=89 style='width:66.4pt;border:solid black 1.0pt;border-top:none;
  mso-border-left-alt:solid black .5pt;mso-border-bottom-alt:solid black .5pt;
  mso-border-right-alt:solid black .5pt;background:#D9D9D9;padding:0mm 5.4pt 0mm 5.4pt;
  height:19.85pt'>
  <p class=MsoNormal style='margin-bottom:0mm;line-height:normal'><span
  style='font-size:9.0pt;font-family:"Calibri",sans-serif;mso-fareast-font-family:
  "Times New Roman";color:black;mso-color-alt:windowtext;mso-font-kerning:0pt;
  mso-ligatures:none'>12:10 – 13:30</span><span style='font-size:9.0pt;
  font-family:"Calibri",sans-serif;mso-fareast-font-family:"Times New Roman";
  mso-font-kerning:0pt;mso-ligatures:none'><o:p></o:p></span></p>
  </td>
  <td width=72 style='width:53.85pt;border:none;border-bottom:solid black 1.0pt;
  mso-border-bottom-alt:solid black .5pt;background:#D9D9D9;padding:0mm 5.4pt 0mm 5.4pt;
  height:19.85pt'>
  <p class=MsoNormal align=center style='margin-bottom:0mm;text-align:center;
  line-height:normal'><span style='font-size:9.0pt;font-family:"Calibri",sans-serif;
  mso-fareast-font-family:"Times New Roman";color:black;mso-color-alt:windowtext;
  mso-font-kerning:0pt;mso-ligatures:none'>Canteen (Building E)</span><span
  style='font-size:9.0pt;font-family:"Times New Roman",serif;mso-fareast-font-family:
  "Times New Roman";mso-font-kerning:0pt;mso-ligatures:none'><o:p></o:p></span></p>
  </td>
  <td width=66 style='width:49.6pt;border-top:none;border-left:solid windowtext 1.0pt;
  border-bottom:solid windowtext 1.0pt;border-right:none;mso-border-left-alt:
  solid windowtext .5pt;mso-border-bottom-alt:solid windowtext .5pt;background:
  #D9D9D9;padding:0mm 5.4pt 0mm 5.4pt;height:19.85pt'>
  <p class=MsoNormal style='margin-bottom:0mm;line-height:normal'><span
  style='font-size:9.0pt;font-family:"Times New Roman",serif;mso-fareast-font-family:
  "Times New Roman";color:black;mso-color-alt:windowtext;mso-font-kerning:0pt;
  mso-ligatures:none'>&nbsp;</span><span style='font-size:9.0pt;font-family:
  "Times New Roman",serif;mso-fareast-font-family:"Times New Roman";mso-font-kerning:
  0pt;mso-ligatures:none'><o:p></o:p></span></p>
  </td>
  <td width=637 style='width:477.65pt;border:solid windowtext 1.0pt;border-top:
  none;mso-border-left-alt:solid windowtext .5pt;mso-border-bottom-alt:solid windowtext .5pt;
  mso-border-right-alt:solid windowtext .5pt;background:#D9D9D9;padding:0mm 5.4pt 0mm 5.4pt;
  height:19.85pt'>
  <p class=MsoNormal align=center style='margin-bottom:0mm;text-align:center;
  line-height:normal'><span style='font-size:9.0pt;font-family:"Calibri",sans-serif;
  mso-fareast-font-family:"Times New Roman";color:black;mso-color-alt:windowtext;
  mso-font-kerning:0pt;mso-ligatures:none'>Lunch</span><span style='font-size:
  9.0pt;font-family:"Calibri",sans-serif;mso-fareast-font-family:"Times New Roman";
  mso-font-kerning:0pt;mso-ligatures:none'><o:p></o:p></span></p>
  </td>
 </tr>
 <tr style='mso-yfti-irow:24;height:19.85pt'>
  <td width=89 style='width:66.4pt;border:solid black 1.0pt;border-top:none;
  mso-border-left-alt:solid black .5pt;mso-border-bottom-alt:solid black .5pt;
  mso-border-right-alt:solid black .5pt;background:#124F1A;padding:0mm 5.4pt 0mm 5.4pt;
  height:19.85pt'>
  <p class=MsoNormal align=center style='margin-bottom:0mm;text-align:center;
  line-height:normal'><b><span style='font-size:9.0pt;font-family:"Calibri",sans-serif;
  mso-fareast-font-family:"Times New Roman";color:white;mso-color-alt:windowtext;
  mso-font-kerning:0pt;mso-ligatures:none'>Day 02</span></b><b><span
  style='font-size:9.0pt;font-family:"Calibri",sans-serif;mso-fareast-font-family:
  "Times New Roman";mso-font-kerning:0pt;mso-ligatures:none'><o:p></o:p></span></b></p>
  </td>
  <td width=72 style='width:53.85pt;border:none;border-bottom:solid #124F1A 1.0pt;
  mso-border-bottom-alt:solid #124F1A .5pt;background:#124F1A;padding:0mm 5.4pt 0mm 5.4pt;
  height:19.85pt'>
  <p class=MsoNormal style='margin-bottom:0mm;line-height:normal'><span
  style='font-size:9.0pt;font-family:"Times New Roman",serif;mso-fareast-font-family:
  "Times New Roman";color:white;mso-color-alt:windowtext;mso-font-kerning:0pt;
  mso-ligatures:none'>&nbsp;</span><span style='font-size:9.0pt;font-family:
  "Times New Roman",serif;mso-fareast-font-family:"Times New Roman";mso-font-kerning:
  0pt;mso-ligatures:none'><o:p></o:p></span></p>
  </td>
  <td width=66 style='width:49.6pt;border-top:none;border-left:solid windowtext 1.0pt;
  border-bottom:solid windowtext 1.0pt;border-right:none;mso-border-left-alt:
  solid windowtext .5pt;mso-border-bottom-alt:solid windowtext .5pt;background:
  #124F1A;padding:0mm 5.4pt 0mm 5.4pt;height:19.85pt'>
  <p class=MsoNormal style='margin-bottom:0mm;line-height:normal'><span
  style='font-size:9.0pt;font-family:"Times New Roman",serif;mso-fareast-font-family:
  "Times New Roman";color:white;mso-color-alt:windowtext;mso-font-kerning:0pt;
  mso-ligatures:none'>&nbsp;</span><span style='font-size:9.0pt;font-family:
  "Times New Roman",serif;mso-fareast-font-family:"Times New Roman";mso-font-kerning:
  0pt;mso-ligatures:none'><o:p></o:p></span></p>
  </td>
  <td width=637 style='width:477.65pt;border:solid windowtext 1.0pt;border-top:
  none;mso-border-left-alt:solid windowtext .5pt;mso-border-bottom-alt:solid windowtext .5pt;
  mso-border-right-alt:solid windowtext .5pt;background:#124F1A;padding:0mm 5.4pt 0mm 5.4pt;
  height:19.85pt'>
  <p class=MsoNormal align=center style='margin-bottom:0mm;text-align:center;
  line-height:normal'><b><span style='font-size:9.0pt;font-family:"Calibri",sans-serif;
  mso-fareast-font-family:"Times New Roman";color:white;mso-color-alt:windowtext;
  mso-font-kerning:0pt;mso-ligatures:none'>Saturday, August 16<sup>th</sup>,
  2025</span></b><b><span style='font-size:9.0pt;font-family:"Calibri",sans-serif;
  mso-fareast-font-family:"Times New Roman";mso-font-kerning:0pt;mso-ligatures:
  none'><o:p></o:p></span></b></p>
  </td>
 </tr>
 <tr style='mso-yfti-irow:25;height:19.85pt'>
  <td width=89 style='width:66.4pt;border:solid black 1.0pt;border-top:none;
  mso-border-left-alt:solid black .5pt;mso-border-bottom-alt:solid black .5pt;
  mso-border-right-alt:solid black .5pt;padding:0mm 5.4pt 0mm 5.4pt;height:
  19.85pt'>
  <p class=MsoNormal style='margin-bottom:0mm;line-height:normal'><span
  style='font-size:9.0pt;font-family:"Calibri",sans-serif;mso-fareast-font-family:
  "Times New Roman";mso-font-kerning:0pt;mso-ligatures:none'>08:30 – 09:00<o:p></o:p></span></p>
  </td>
  <td width=72 rowspan=11 style='width:53.85pt;border:none;border-right:solid windowtext 1.0pt;
  mso-border-left-alt:solid black .5pt;mso-border-left-alt:solid black .5pt;
  mso-border-right-alt:solid windowtext .5pt;padding:0mm 5.4pt 0mm 5.4pt;
  height:19.85pt'>
  <p class=MsoNormal align=center style='margin-bottom:0mm;text-align:center;
  line-height:normal'><span style='font-size:9.0pt;font-family:"Calibri",sans-serif;
  mso-fareast-font-family:"Times New Roman";mso-font-kerning:0pt;mso-ligatures:
  none'>C401<o:p></o:p></span></p>
  </td>
  <td width=66 style='width:49.6pt;padding:0mm 5.4pt 0mm 5.4pt;height:19.85pt'>
  <p class=MsoNormal align=center style='margin-bottom:0mm;text-align:center;
  line-height:normal'><span style='font-size:9.0pt;font-family:"Calibri",sans-serif;
  mso-fareast-font-family:"Times New Roman";mso-font-kerning:0pt;mso-ligatures:
  none'>&nbsp;<o:p></o:p></span></p>
  </td>
  <td width=637 nowrap style='width:477.65pt;border:solid windowtext 1.0pt;
  border-top:none;mso-border-left-alt:solid windowtext .5pt;mso-border-bottom-alt:
  solid windowtext .5pt;mso-border-right-alt:solid windowtext .5pt;padding:
  0mm 5.4pt 0mm 5.4pt;height:19.85pt'>
  <p class=MsoNormal align=center style='margin-bottom:0mm;text-align:center;
  line-height:normal'><span style='font-size:9.0pt;font-family:"Calibri",sans-serif;
  mso-fareast-font-family:"Times New Roman";mso-font-kerning:0pt;mso-ligatures:
  none'>Welcome &amp; Check-in<o:p></o:p></span></p>
  </td>
 </tr>
 <tr style='mso-yfti-irow:26;height:19.85pt'>
  <td width=89 style='width:66.4pt;border:solid black 1.0pt;border-top:none;
  mso-border-left-alt:solid black .5pt;mso-border-bottom-alt:solid black .5pt;
  mso-border-right-alt:solid black .5pt;background:#F79646;padding:0mm 5.4pt 0mm 5.4pt;
  height:19.85pt'>
  <p class=MsoNormal style='margin-bottom:0mm;line-height:normal'><span
  style='font-size:9.0pt;font-family:"Calibri",sans-serif;mso-fareast-font-family:
  "Times New Roman";color:black;mso-color-alt:windowtext;mso-font-kerning:0pt;
  mso-ligatures:none'>09:00 – 12:30</span><span style='font-size:9.0pt;
  font-family:"Calibri",sans-serif;mso-fareast-font-family:"Times New Roman";
  mso-font-kerning:0pt;mso-ligatures:none'><o:p></o:p></span></p>
  </td>
  <td width=66 style='width:49.6pt;border-top:solid windowtext 1.0pt;
  border-left:none;border-bottom:solid windowtext 1.0pt;border-right:none;
  mso-border-top-alt:solid windowtext .5pt;mso-border-bottom-alt:solid windowtext .5pt;
  background:#F79646;padding:0mm 5.4pt 0mm 5.4pt;height:19.85pt'>
  <p class=MsoNormal align=center style='margin-bottom:0mm;text-align:center;
  line-height:normal'><span style='font-size:9.0pt;font-family:"Calibri",sans-serif;
  mso-fareast-font-family:"Times New Roman";color:black;mso-color-alt:windowtext;
  mso-font-kerning:0pt;mso-ligatures:none'>&nbsp;</span><span style='font-size:
  9.0pt;font-family:"Calibri",sans-serif;mso-fareast-font-family:"Times New Roman";
  mso-font-kerning:0pt;mso-ligatures:none'><o:p></o:p></span></p>
  </td>
  <td width=637 style='width:477.65pt;border:solid windowtext 1.0pt;border-top:
  none;mso-border-left-alt:solid windowtext .5pt;mso-border-bottom-alt:solid windowtext .5pt;
  mso-border-right-alt:solid windowtext .5pt;background:#F79646;padding:0mm 5.4pt 0mm 5.4pt;
  height:19.85pt'>
  <p class=MsoNormal align=center style='margin-bottom:0mm;text-align:center;
  line-height:normal'><b><span style='font-size:9.0pt;font-family:"Calibri",sans-serif;
  mso-fareast-font-family:"Times New Roman";color:black;mso-color-alt:windowtext;
  mso-font-kerning:0pt;mso-ligatures:none'>Session 3<br>
  </span></b><span style='font-size:9.0pt;font-family:"Calibri",sans-serif;
  mso-fareast-font-family:"Times New Roman";color:black;mso-color-alt:windowtext;
  mso-font-kerning:0pt;mso-ligatures:none'>Session Chair: Dr. Nguyen Thi Kim
  Ngan, National Economics University, Vietnam</span><span style='font-size:
  9.0pt;font-family:"Calibri",sans-serif;mso-fareast-font-family:"Times New Roman";
  mso-font-kerning:0pt;mso-ligatures:none'><o:p></o:p></span></p>
  </td>
 </tr>
 <tr style='mso-yfti-irow:27;height:19.85pt'>
  <td width=89 style='width:66.4pt;border:solid black 1.0pt;border-top:none;
  mso-border-left-alt:solid black .5pt;mso-border-bottom-alt:solid black .5pt;
  mso-border-right-alt:solid black .5pt;padding:0mm 5.4pt 0mm 5.4pt;height:
  19.85pt'>
  <p class=MsoNormal style='margin-bottom:0mm;line-height:normal'><span
  style='font-size:9.0pt;font-family:"Calibri",sans-serif;mso-fareast-font-family:
  "Times New Roman";mso-font-kerning:0pt;mso-ligatures:none'>09:00 – 09:20<o:p></o:p></span></p>
  </td>
  <td width=66 nowrap style='width:49.6pt;border:none;border-bottom:solid windowtext 1.0pt;
  mso-border-bottom-alt:solid windowtext .5pt;padding:0mm 5.4pt 0mm 5.4pt;
  height:19.85pt'>
  <p class=MsoNormal align=center style='margin-bottom:0mm;text-align:center;
  line-height:normal'><span style='font-size:9.0pt;font-family:"Times New Roman",serif;
  mso-fareast-font-family:"Times New Roman";mso-font-kerning:0pt;mso-ligatures:
  none'>43<o:p></o:p></span></p>
  </td>
  <td width=637 style='width:477.65pt;border:solid windowtext 1.0pt;border-top:
  none;mso-border-left-alt:solid windowtext .5pt;mso-border-bottom-alt:solid windowtext .5pt;
  mso-border-right-alt:solid windowtext .5pt;background:#FDE9D9;padding:0mm 5.4pt 0mm 5.4pt;
  height:19.85pt'>
  <p class=MsoNormal align=center style='margin-bottom:0mm;text-align:center;
  line-height:normal'><b><span style='font-size:9.0pt;font-family:"Calibri",sans-serif;
  mso-fareast-font-family:"Times New Roman";color:black;mso-color-alt:windowtext;
  mso-font-kerning:0pt;mso-ligatures:none'>Multi-Goal Path Planning for
  Multi-Robot Systems in Dynamic Environments Using Hybrid A* Algorithm and
  Dynamic Window Approach<i><br>
  </i></span></b><i><span style='font-size:9.0pt;font-family:"Calibri",sans-serif;
  mso-fareast-font-family:"Times New Roman";color:black;mso-color-alt:windowtext;
  mso-font-kerning:0pt;mso-ligatures:none'>Nguyen Trung Thinh, Phan Anh, Tran
  Thi Cam Giang, Nguyen Ngoc Doanh</span></i><i><span style='font-size:9.0pt;
  font-family:"Calibri",sans-serif;mso-fareast-font-family:"Times New Roman";
  mso-font-kerning:0pt;mso-ligatures:none'><o:p></o:p></span></i></p>
  </td>
 </tr>
 <tr style='mso-yfti-irow:46;height:19.85pt'>
  <td width=89 style='width:66.4pt;border:solid black 1.0pt;border-top:none;
  mso-border-left-alt:solid black .5pt;mso-border-bottom-alt:solid black .5pt;
  mso-border-right-alt:solid black .5pt;padding:0mm 5.4pt 0mm 5.4pt;height:
  19.85pt'>
  <p class=MsoNormal style='margin-bottom:0mm;line-height:normal'><span
  style='font-size:9.0pt;font-family:"Calibri",sans-serif;mso-fareast-font-family:
  "Times New Roman";mso-font-kerning:0pt;mso-ligatures:none'>16:10 – 16:20
  (10p)<o:p></o:p></span></p>
  </td>
  <td width=66 style='width:49.6pt;border:none;border-bottom:solid windowtext 1.0pt;
  mso-border-bottom-alt:solid windowtext .5pt;padding:0mm 5.4pt 0mm 5.4pt;
  height:19.85pt'>
  <p class=MsoNormal align=center style='margin-bottom:0mm;text-align:center;
  line-height:normal'><span style='font-size:9.0pt;font-family:"Calibri",sans-serif;
  mso-fareast-font-family:"Times New Roman";mso-font-kerning:0pt;mso-ligatures:
  none'>85 (abstract)<o:p></o:p></span></p>
  </td>
  <td width=637 style='width:477.65pt;border:solid windowtext 1.0pt;border-top:
  none;mso-border-left-alt:solid windowtext .5pt;mso-border-bottom-alt:solid windowtext .5pt;
  mso-border-right-alt:solid windowtext .5pt;background:#FFFDBC;padding:0mm 5.4pt 0mm 5.4pt;
  height:19.85pt'>
  <p class=MsoNormal align=center style='margin-bottom:0mm;text-align:center;
  line-height:normal'><b><span style='font-size:9.0pt;font-family:"Calibri",sans-serif;
  mso-fareast-font-family:"Times New Roman";color:black;mso-color-alt:windowtext;
  mso-font-kerning:0pt;mso-ligatures:none'>High-Order Optimization for
  Equity–Crypto Portfolios<br>
  </span></b><i><span style='font-size:9.0pt;font-family:"Calibri",sans-serif;
  mso-fareast-font-family:"Times New Roman";color:black;mso-color-alt:windowtext;
  mso-font-kerning:0pt;mso-ligatures:none'>Nam Tran, Trieu Dong Nguyen</span></i><i><span
  style='font-size:9.0pt;font-family:"Calibri",sans-serif;mso-fareast-font-family:
  "Times New Roman";mso-font-kerning:0pt;mso-ligatures:none'><o:p></o:p></span></i></p>
  </td>
 </tr>
 <tr style='mso-yfti-irow:47;height:19.85pt'>
  <td width=89 style='width:66.4pt;border:solid black 1.0pt;border-top:none;
  mso-border-left-alt:solid black .5pt;mso-border-bottom-alt:solid black .5pt;
  mso-border-right-alt:solid black .5pt;padding:0mm 5.4pt 0mm 5.4pt;height:
  19.85pt'>
  <p class=MsoNormal style='margin-bottom:0mm;line-height:normal'><span
  style='font-size:9.0pt;font-family:"Calibri",sans-serif;mso-fareast-font-family:
  "Times New Roman";mso-font-kerning:0pt;mso-ligatures:none'>16:20 – 16:30
  (10p)<o:p></o:p></span></p>
  </td>
  <td width=66 style='width:49.6pt;border:none;border-bottom:solid windowtext 1.0pt;
  mso-border-bottom-alt:solid windowtext .5pt;padding:0mm 5.4pt 0mm 5.4pt;
  height:19.85pt'>
  <p class=MsoNormal align=center style='margin-bottom:0mm;text-align:center;
  line-height:normal'><span style='font-size:9.0pt;font-family:"Calibri",sans-serif;
  mso-fareast-font-family:"Times New Roman";mso-font-kerning:0pt;mso-ligatures:
  none'>89<br>
  (abstract)<o:p></o:p></span></p>
  </td>
  <td width=637 style='width:477.65pt;border:solid windowtext 1.0pt;border-top:
  none;mso-border-left-alt:solid windowtext .5pt;mso-border-bottom-alt:solid windowtext .5pt;
  mso-border-right-alt:solid windowtext .5pt;background:#FFFDBC;padding:0mm 5.4pt 0mm 5.4pt;
  height:19.85pt'>
  <p class=MsoNormal align=center style='margin-bottom:0mm;text-align:center;
  line-height:normal'><b><span style='font-size:9.0pt;font-family:"Calibri",sans-serif;
  mso-fareast-font-family:"Times New Roman";color:black;mso-color-alt:windowtext;
  mso-font-kerning:0pt;mso-ligatures:none'>Multi-Material Topology Optimization
  of Incompressible Structures Under Harmonic Excitations Using Polygonal
  Finite Elements</span></b><i><span style='font-size:9.0pt;font-family:"Calibri",sans-serif;
  mso-fareast-font-family:"Times New Roman";color:black;mso-color-alt:windowtext;
  mso-font-kerning:0pt;mso-ligatures:none'><br>
  NHieu Ban Phuc, Tran Le Thi Huyen, Lee Dongkyu, Choi Kyuin, Park Kyutae</span></i><i><span
  style='font-size:9.0pt;font-family:"Calibri",sans-serif;mso-fareast-font-family:
  "Times New Roman";mso-font-kerning:0pt;mso-ligatures:none'><o:p></o:p></span></i></p>
  </td>
 </tr>
 <tr style='mso-yfti-irow:48;height:19.85pt'>
  <td width=89 style='width:66.4pt;border:solid black 1.0pt;border-top:none;
  mso-border-left-alt:solid black .5pt;mso-border-bottom-alt:solid black .5pt;
  mso-border-right-alt:solid black .5pt;padding:0mm 5.4pt 0mm 5.4pt;height:
  19.85pt'>
  <p class=MsoNormal style='margin-bottom:0mm;line-height:normal'><span
  style='font-size:9.0pt;font-family:"Calibri",sans-serif;mso-fareast-font-family:
  "Times New Roman";mso-font-kerning:0pt;mso-ligatures:none'>16:30 – 16:40
  (10p)<o:p></o:p></span></p>
  </td>
  <td width=66 style='width:49.6pt;border:none;border-bottom:solid windowtext 1.0pt;
  mso-border-bottom-alt:solid windowtext .5pt;padding:0mm 5.4pt 0mm 5.4pt;
  height:19.85pt'>
  <p class=MsoNormal align=center style='margin-bottom:0mm;text-align:center;
  line-height:normal'><span style='font-size:9.0pt;font-family:"Calibri",sans-serif;
  mso-fareast-font-family:"Times New Roman";mso-font-kerning:0pt;mso-ligatures:
  none'>90<br>
  (abstract)<o:p></o:p></span></p>
  </td>
  <td width=637 style='width:477.65pt;border:solid windowtext 1.0pt;border-top:
  none;mso-border-left-alt:solid windowtext .5pt;mso-border-bottom-alt:solid windowtext .5pt;
  mso-border-right-alt:solid windowtext .5pt;background:#FFFDBC;padding:0mm 5.4pt 0mm 5.4pt;
  height:19.85pt'>
  <p class=MsoNormal align=center style='margin-bottom:0mm;text-align:center;
  line-height:normal'><b><span style='font-size:9.0pt;font-family:"Calibri",sans-serif;
  mso-fareast-font-family:"Times New Roman";color:black;mso-color-alt:windowtext;
  mso-font-kerning:0pt;mso-ligatures:none'>Complex Dynamics in COVID-19
  Endemicity: An Epidemiological Modelling Perspective</span></b><i><span
  style='font-size:9.0pt;font-family:"Calibri",sans-serif;mso-fareast-font-family:
  "Times New Roman";color:black;mso-color-alt:windowtext;mso-font-kerning:0pt;
  mso-ligatures:none'><br>
  Amer M. Salman, Mohd Hafiz Mohd</span></i><i><span style='font-size:9.0pt;
  font-family:"Calibri",sans-serif;mso-fareast-font-family:"Times New Roman";
  mso-font-kerning:0pt;mso-ligatures:none'><o:p></o:p></span></i></p>
  </td>
 </tr>
 <tr style='mso-yfti-irow:49;mso-yfti-lastrow:yes;height:19.85pt'>
  <td width=89 style='width:66.4pt;border:solid black 1.0pt;border-top:none;
  mso-border-left-alt:solid black .5pt;mso-border-bottom-alt:solid black .5pt;
  mso-border-right-alt:solid black .5pt;padding:0mm 5.4pt 0mm 5.4pt;height:
  19.85pt'>
  <p class=MsoNormal style='margin-bottom:0mm;line-height:normal'><span
  style='font-size:9.0pt;font-family:"Calibri",sans-serif;mso-fareast-font-family:
  "Times New Roman";mso-font-kerning:0pt;mso-ligatures:none'>16:40 – 17:00<o:p></o:p></span></p>
  </td>
  <td width=66 style='width:49.6pt;border:none;border-bottom:solid windowtext 1.0pt;
  mso-border-bottom-alt:solid windowtext .5pt;padding:0mm 5.4pt 0mm 5.4pt;
  height:19.85pt'>
  <p class=MsoNormal align=center style='margin-bottom:0mm;text-align:center;
  line-height:normal'><span style='font-size:9.0pt;font-family:"Calibri",sans-serif;
  mso-fareast-font-family:"Times New Roman";mso-font-kerning:0pt;mso-ligatures:
  none'>&nbsp;<o:p></o:p></span></p>
  </td>
  <td width=637 style='width:477.65pt;border:solid windowtext 1.0pt;border-top:
  none;mso-border-left-alt:solid windowtext .5pt;mso-border-bottom-alt:solid windowtext .5pt;
  mso-border-right-alt:solid windowtext .5pt;padding:0mm 5.4pt 0mm 5.4pt;
  height:19.85pt'>
  <p class=MsoNormal align=center style='margin-bottom:0mm;text-align:center;
  line-height:normal'><b><span style='font-size:9.0pt;font-family:"Calibri",sans-serif;
  mso-fareast-font-family:"Times New Roman";mso-font-kerning:0pt;mso-ligatures:
  none'>Closing Speech &amp; Group Photos<br>
  </span></b><span style='font-size:9.0pt;font-family:"Calibri",sans-serif;
  mso-fareast-font-family:"Times New Roman";mso-font-kerning:0pt;mso-ligatures:
  none'>Assoc. Assoc. Prof. Nguyen Ngoc Doanh, VinUniversity<b><o:p></o:p></b></span></p>
  </td>
 </tr>
</table>



	<a href="files/COMOSA 2025_Program Schedule (v2).pdf">Download PDF</a>


		
					
</div>
</div>
</div>
<?php include('foot.html');?>
</body>
