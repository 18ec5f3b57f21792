<div id="content">
    <div class="container my-5">
         <div class="row">
            <div class="offset-lg-1 col-lg-10">
                <article>
                    <h1 class="titlu">Conferinta de lansare</h1>

                    <p class="subtitlu">28 octombrie 2020</p>
                    <p>Grădina Botanică București peluza Centrului de Educaţie Ecologică</p>
                    <p>Moderator: Mihai Tomescu, Diversity and Inclusion Strategist</p>

                    <img src="<?php echo qurl_file('media/content/foto_echipa_blindhub.jpg'); ?>" alt="echipa blindhub" style="position: relative; width: 100%;" />

                    <table class="fullwidth mt-4">
                        <tr><td style="width: 15%;">14:00 - 14:15</td><td> Primirea participanților </td></tr>
                        <tr><td>14:15 - 14:30</td><td> Cuvânt de bun venit Dana Deac, Președinte, Fundația Orange </td></tr>
                        <tr><td>14:30 - 14:45</td><td>BLINDHub şi interacţiunea digitală (nevăzători – angajatori – universităţi)  Tudorel Tupiluşi, Preşedinte Asociația Nevăzătorilor din România</td></tr>
                        <tr><td>14:45 - 15:00</td><td>Transformare digitală şi educaţie incluzivă Magdalena Platis, Prorector, Universitatea din Bucureşti </td></tr>
                        <tr><td>15:00 - 15:15</td><td> Sinergii şi oportunităţi în proiectul BLINDHub Carmen Rotaru, Senior expert, Manager de proiect </td></tr>
                        <tr><td>15:15 - 15:30</td><td> De la nevoie la adaptare rezonabilă Dacian Pribeanu, Expert </td></tr>
                        <tr><td>15:30 - 16:30 </td><td> Discuții şi interacțiuni </td></tr>
                        <tr><td>16:30 - 17:00</td><td> Concluzii </td></tr>
                    </table>

                    <br /><br />
                    <a target="_blank" href="<?php echo qurl_file('media/content/comunicat_de_presa_blindhub.pdf'); ?>">Comunicat de presa</a>
                </article>
            </div>
        </div>
    </div>
</div>