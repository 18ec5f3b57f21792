<!DOCTYPE html>
<html>
<head>
<#include "macros/header_imports.ftl">

</head>
<body>

<#include "macros/header.ftl">

<div id="content" class="container">

    <div id="program" class="text-center">
        <h2>Programmablauf</h2>

        <div class="programm">
            <div class="programmHeader">
                <span>Mittwoch, den 22. Oktober 2014</span>
            </div>
            <div class="programmContent">
                <table border="0">
                    <tbody>
                    <tr>
                        <td width="5%"></td>
                        <td valign="top" width="20%"><b>ab ca. 15.00 Uhr</b></td>
                        <td width="10%"></td>
                        <td width="65%"><b>Vorstandssitzung des DTV</b><br/>
                           im <a href="/locations#konzert"> Konzerthaus Freiburg, Konferenzraum 9</a>
                        </td>
                    </tr>
                    <tr><td colspan="4" height="10"></td></tr>
                    <tr>
                        <td width="5%"></td>
                        <td valign="top" width="20%"><b>16.30 – 18.00 Uhr</b></td>
                        <td width="10%"></td>
                        <td width="65%">
                            <b>FREIBURG, wie für Sie gemacht: Sie haben die Wahl!</b><br/><br/>
                            <a class="internal-link" href="/info#geschichte">Fachexkursionen Freiburger Geschichte: Zerstörung und Wiederaufbau nach 1945</a><br/><br/>
                            <a class="internal-link" href="/info#aktiv">Freiburg aktiv erleben: Ein Fahrrad-Streifzug durch die Green City<br/><br/>
                            <a class="internal-link" href="/info#klassisch">Freiburg ganz klassisch: Die Freiburger Highlights in einer Tour<br/><br/>
                            <a class="internal-link" href="/info#gefühl">Freiburg mit Gefühl: Blindenführung durch Stadt und Münster<br/><br/>
                            <a class="internal-link" href="/info#inszeniert">Freiburg inszeniert: Schauspieler machen Stadtgeschichte lebendig<br/><br/>
                            <a class="internal-link" href="/info#museum">Freiburger Museumskultur: Höhepunkte der Kunst im Augustinermuseum<br/><br/>
                            <a class="internal-link" href="/info#kulinarisch">Freiburg kulinarisch: Ein Streifzug durch die kulinarische Geschichte <br/><br/>
                        </td>
                    </tr>
                    <tr><td colspan="4" height="10"></td></tr>
                    <tr>
                        <td width="5%"></td>
                        <td valign="top" width="20%"><b>ab 19.00 Uhr</b></td>
                        <td width="10%"></td>
                        <td width="65%">
                            <b>Willkommen in Baden-Württemberg</b><br/>
                           <a href="/locations#Kaufhaus"> Get together im Historischen Kaufhaus</a>
                        </td>
                    </tr>
                    </tbody>
                </table>
            </div>
        </div>

        <div class="programm">
            <div class="programmHeader">
                <span><b>Donnerstag, den 23. Oktober 2014</b></span>
            </div>

            <div class="programmContent">
                <table border="0">
                    <tbody>
                    <tr>
                        <td width="5%"></td>
                        <td valign="top" width="20%"><b>ab 8.30 Uhr</b></td>
                        <td width="10%"></td>
                        <td width="65%">
                            Einlass ins <a href="/locations#konzert">Konzerthaus Freiburg</a>
                        </td>
                    </tr>
                    <tr><td colspan="4" height="10"></td></tr>
                    <tr>
                        <td width="5%"></td>
                        <td valign="top" width="20%"><b>09.30 Uhr</b></td>
                        <td width="10%"></td>
                        <td width="65%">
                            <b>HERZLICH WILLKOMMEN</b><br/><br/>

                            <b><span style="text-decoration: underline;">Moderation</span></b><br/>
                            <a class="internal-link" href="/referenten#siemering"><b>Peter Siemering</b></a>, Vizepräsident des DTV<br/>
                            Geschäftsführer Bremer Touristik-Zentrale Ges. für Marketing und Service mbH<br/><br/>

                            <b><span style="text-decoration: underline;">Begrüßung</span></b><br/>
                            <b>Prof. Dr. Martin Haag</b>, Bürgermeister der Stadt Freiburg<br/><br/>
                            <b>Alexander Bonde</b>, Minister für Ländlichen Raum und
                            Verbraucherschutz des Landes Baden-Württemberg<br/><br/>
                            <b>Reinhard Meyer</b>, Präsident des DTV<br/>
                            Minister für Wirtschaft, Arbeit, Verkehr und Technologie des Landes Schleswig-Holstein<br/><br/>
                        </td>
                    </tr>
                    <tr><td colspan="4" height="10"></td></tr>
                    <tr>
                        <td width="5%"></td>
                        <td valign="top" width="20%"><b>10.30 Uhr</b></td>
                        <td width="10%"></td>
                        <td width="65%">
                            <b>GRUNDLAGEN ERHALTEN</b><br/><br/>

                            <b><span style="text-decoration: underline;">Moderation</span></b><br/>
                            <a class="internal-link" href="/referenten#huette"><b>Dieter Hütte</b></a>, Vorstandmitglied des DTV<br/>
                            Geschäftsführer Tourismus-Marketing Brandenburg GmbH, Potsdam<br/><br/>

                            <b>Wettbewerbsvorteil Nachhaltigkeit</b><br/>
                            <a class="internal-link" href="/referenten#wippermann"><b>Prof. Peter Wippermann</b></a>, Gründer Trendbüro, Hamburg
                            Professor für Kommunikationsdesign an der Folkwang Universität der
                            Künste, Essen
                        </td>
                    </tr>
                    <tr><td colspan="4" height="10"></td></tr>
                    <tr>
                        <td width="5%"></td>
                        <td valign="top" width="20%"><b>11.15 Uhr</b></td>
                        <td width="10%"></td>
                        <td width="65%">
                            <b>Nachhaltiges Wirtschaften: Zeitgemäße Perspektiven</b></br>
                            <a class="internal-link" href="/referenten#bachmann"><b>Prof. Dr. Günther Bachmann</b></a> Generalsekretär
                            Rat für Nachhaltige Entwicklung, Berlin
                        </td>
                    </tr>
                    <tr><td colspan="4" height="10"></td></tr>
                    <tr>
                        <td width="5%"></td>
                        <td valign="top" width="20%"><b>12.00 Uhr</b></td>
                        <td width="10%"></td>
                        <td width="65%"><b>Mittagspause</b>
                        </td>
                    </tr>
                    <tr><td colspan="4" height="10"></td></tr>
                    <tr>
                        <td width="5%"></td>
                        <td valign="top" width="20%">parallel</td>
                        <td width="10%"></td>
                        <td width="65%">
                            Pressekonferenz auf gesonderte Einladung
                        </td>
                    </tr>
                    <tr><td colspan="4" height="10"></td></tr>
                    <tr>
                        <td width="5%"></td>
                        <td valign="top" width="20%"><b>13.15 Uhr</b></td>
                        <td width="10%"></td>
                        <td width="65%">
                            <b>VERANTWORTUNG ÜBERNEHMEN</b><br/><br/>

                            <b>Eine kleine CSR-Reise: Verantwortungsübernahme als Investition in
                            die eigene Zukunft</b><br/>
                            <a class="internal-link" href="/referenten#lin-hi"><b>Prof. Dr. Nick Lin-Hi</b></a>, Universität Mannheim, Fakultät für
                            Betriebswirtschaftslehre, Juniorprofessur für Corporate Social
                            Responsibility
                        </td>
                    </tr>
                    <tr><td colspan="4" height="10"></td></tr>
                    <tr>
                        <td width="5%"></td>
                        <td valign="top" width="20%"><b>14.00 Uhr</b></td>
                        <td width="10%"></td>
                        <td width="65%">
                            <b>Nachhaltigkeits-Experten im Dialog</b><br/><br/>

                            <b><span style="text-decoration: underline;">Moderation</span></b><br/>
                            <a class="internal-link" href="/referenten#rein"><b>Prof. Dr. Hartmut Rein</b></a>, Geschäftsführer BTE – Tourismus- und Regionalberatung, Berlin Hochschule für nachhaltige Entwicklung, Eberswalde<br/><br/>

                            <b><span style="text-decoration: underline;">Diskussionsteilnehmer</b></span><br/>
                            <a class="internal-link" href="/referenten#goesslin"><b>Prof. Dr. Stefan Gössling</b></a><br/>
                            Institut für Service Management der Universität Lund (Schweden), School of Business and Economics an der Universität Kalmar (Schweden), Wissenschaftsbeirat Futouris e.V., Berlin<br/><br/>
                            <a class="internal-link" href="/referenten#krull"><b>Christopher Krull</b></a>, Geschäftsführer <br/>
                            Schwarzwald Tourismus GmbH, Freiburg <br/>
                            forum anders reisen e.V., Verband für nachhaltigen Tourismus,
                            Freiburg
                            <br/><br/>
                            <a class="internal-link" href="/referenten#mueller"><b>Rolf Müller</b></a> Freier Journalist, Freiburg,
                            <br/><br/>
                            <a class="internal-link" href="/referenten#thomas"><b>Petra Thomas</b></a>, Geschäftsführerin <br/>
                            forum anders reisen e.V., Verband für nachhaltigen Tourismus, Freiburg
                        </td>
                    </tr>
                    <tr><td colspan="4" height="10"></td></tr>
                    <tr>
                        <td width="5%"></td>
                        <td valign="top" width="20%"><b>14.45 Uhr</b></td>
                        <td width="10%"></td>
                        <td width="65%"><b>Kaffeepause</b>
                        </td>
                    </tr>
                    <tr><td colspan="4" height="10"></td></tr>
                    <tr>
                        <td width="5%"></td>
                        <td valign="top" width="20%"><b>15.15 Uhr</b></td>
                        <td width="10%"></td>
                        <td width="65%">
                            <b>ZUKUNFT SCHAFFEN</b><br/><br/>
                            <b>Finanzierungs-Experten im Dialog</b><br/><br/>

                            <b><span style="text-decoration: underline;">Moderation</span></b><br/>
                            <a class="internal-link" href="/referenten#coulin"><b>Yvonne Coulin</b></a>, Vorstandmitglied des DTV
                            Städt. Verkehrsdirektorin Congress- und Tourismus-Zentrale Nürnberg<br/><br/>

                            <b><span style="text-decoration: underline;">Diskussionsteilnehmer</span></b><br/>
                            <a class="internal-link" href="/referenten#feige"><b>Dr. Mathias Feige</b></a>, Geschäftsführer
                            dwif-Consulting GmbH, Berlin<br/><br/>
                            <a class="internal-link" href="/referenten#lohmeyer"><b>Johannes H. Lohmeyer</b></a>, Vorstandsvorsitzender
                            Dresdner Tourismusverband e.V.<br/>
                            Geschäftsführer Macrander Hotels GmbH & Co. KG Dresden<br/><br/>
                            <a class="internal-link" href="/referenten#albedyll"><b>Dietrich von Albedyll</b></a>, Vorstandmitglied des DTV <br/>
                            Geschäftsführer Hamburg Tourismus GmbH<br/><br/>
                            <a class="internal-link" href="/referenten#wittpohl"><b>Andreas Wittpohl</b></a>, Geschäftsführer<br/>
                            Ahrtal-Tourismus Bad Neuenahr-Ahrweiler e.V.
                        </td>
                    </tr>
                    <tr><td colspan="4" height="10"></td></tr>
                    <tr>
                        <td width="5%"></td>
                        <td valign="top" width="20%"><b>16.15 Uhr</b></td>
                        <td width="10%"></td>
                        <td width="65%"><b>Ende der Fachtagung</b>
                        </td>
                    </tr
                    <tr><td colspan="4" height="10"></td></tr>
                    <tr>
                        <td width="5%"></td>
                        <td valign="top" width="20%"><b>17.30 Uhr</b></td>
                        <td width="10%"></td>
                        <td width="65%">
                            <b>Abfahrt der Shuttlebusse nach Munzingen</b>
                            vor dem <a href="/locations#konzert">Konzerthaus Freiburg</a>
                        </td>
                    </tr
                    <tr><td colspan="4" height="10"></td></tr>
                    <tr>
                        <td width="5%"></td>
                        <td valign="top" width="20%"><b>18.00 Uhr</b></td>
                        <td width="10%"></td>
                        <td width="65%">
                            <b>Start ins Rahmenprogramm</b><br/>
                            Abendveranstaltung im <a href="/locations#schlossM">Schloss Reinach Munzingen</a><br/>
                            Preisverleihung des 10. Deutschen Tourismuspreises<br/>
                            <a href="/locations#schlossM">Schlossbuckhalle Munzingen</a>
                        </td>
                    </tr
                    </tbody>
                </table>
            </div>

        </div>

        <div class="programm">
            <div class="programmHeader">
                <span>Freitag, den 24. Oktober 2014</span>
            </div>
            <div class="programmContent">
                <table border="0">
                    <tbody>
                    <tr>
                        <td width="5%"></td>
                        <td valign="top" width="20%"><b>ca. 9.30 Uhr</b></td>
                        <td width="10%"></td>
                        <td width="65%">
                            <b>Mitgliederversammlung DTV</b><br/>
                            im <a href="/locations#konzert">Konzerthaus Freiburg>, Runder Saal/>
                        </td>
                    </tr>
                    <tr><td colspan="4" height="10"></td></tr>
                    <tr>
                        <td width="5%"></td>
                        <td valign="top" width="20%"><b>bis 12.00 Uhr</b></td>
                        <td width="10%"></td>
                        <td width="65%"><b>anschließend Mittagsimbiss</b>
                        </td>
                    </tr>
                    </tbody>
                </table>
            </div>

        </div>

    </div>
</div>

<!-- Placed at the end of the document so the pages load faster -->
<#include "macros/footer_imports.ftl">

</body>

</html>