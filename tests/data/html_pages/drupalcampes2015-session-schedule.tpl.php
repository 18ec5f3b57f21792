<div class="leyendas">
<?php print t('Difficulty:'); ?>
  <div class="skills">
    <div class="beginner"><?php print t('Beginner'); ?></div>
    <div class="medium"><?php print t('Medium'); ?></div>
    <div class="advanced"><?php print t('Advanced'); ?></div>
  </div>
</div>

<h2><?php print t('Saturday'); ?></h2>

<table class="session-table mobile">
  <tr>
    <td class="headings">9:00 <?php print t('to') ?> 9:30</td>
    <td class="all-tracks"><?php print t('WELCOME'); ?></td>
  </tr>
  <tr>
    <td class="headings">9:30 <?php print t('to'); ?> 10:30</td>
    <td>
      <div>
        <span class="room"><?php print t('Room'); ?> 1:</span><a href="http://2015.drupalcamp.es/node/170">Building mentoring into an open source<br/> community that welcomes and values new contributors</a><br/>
        <span class="speaker">Cathy Theys</span></div>
      <div class="medium">
        <span class="room"><?php print t('Room'); ?> 2:</span><a href="http://2015.drupalcamp.es/node/144">Theming en Drupal 8:<br/>un soplo de aire fresco <br/>
        </a><span class="speaker">Pako Garc&#237;a</span></div>
      <div class="beginner">
        <span class="room"><?php print t('Room'); ?> 3:</span><a href="http://2015.drupalcamp.es/node/84">La estrategia de contenidos <br/> ha llegado para quedarse <br/>
        </a><span class="speaker">Koen Platteeuw</span></div>
      <div class="beginner">
        <span class="room"><?php print t('Room'); ?> 4:</span><a href="http://2015.drupalcamp.es/node/85">Drupal 8 for site builders <br/>
        </a><span class="speaker">Monta&#241;a Franco</span></div>
      <div>
        <span class="room"><?php print t('Room'); ?> 5:</span>
        <a href="http://2015.drupalcamp.es/es/sessions/curso-de-formaci%C3%B3n-en-drupal">Curso de formaci&#243;n en Drupal</a><br/>
        <span class="speaker">Fran Gil</span>
      </div>
    </td>
  </tr>
  <tr>
    <td class="headings">10:30 <?php print t('to'); ?> 11:30</td>
    <td>
      <div><span class="room"><?php print t('Room'); ?> 1:</span><a href="http://2015.drupalcamp.es/node/171">Drupal 8 Entity API</a><br/>
        <span class="speaker">Tobias St&#246;ckler</span>
      </div>
      <div class="medium">
        <span class="room"><?php print t('Room'); ?> 2:</span><a href="http://2015.drupalcamp.es/node/87">Render API en Drupal 7 &#38; 8 <br/>
        </a><span class="speaker">Jose Luis Bellido</span>
      </div>
      <div class="medium">
        <span class="room"><?php print t('Room'); ?> 3:</span><a href="http://2015.drupalcamp.es/node/153">
          No esperes a Drupal 8 para <br/> ampliar tu juego de herramientas <br/>
        </a><span class="speaker">Salva Molina</span>
      </div>
      <div class="beginner">
        <span class="room"><?php print t('Room'); ?> 4:</span><a href="http://2015.drupalcamp.es/node/73">El poder del Talism&#225;n <br/>
        </a><span class="speaker">Neftal&#237;­ Guerrero</span>
      </div>
      <div>
        <span class="room"><?php print t('Room'); ?> 5:</span>
        <a href="http://2015.drupalcamp.es/es/sessions/curso-de-formaci%C3%B3n-en-drupal">Curso de formaci&#243;n en Drupal</a><br/>
        <span class="speaker">Fran Gil</span>
      </div>
    </td>
  </tr>
  <tr>
    <td class="headings">11:30 <?php print t('to'); ?> 12:00</td>
    <td class="all-tracks">COFFEE BREAK</td>
  </tr>
  <tr>
    <td class="headings">12:00 <?php print t('to'); ?> 13:00</td>
    <td>
      <div>
        <span class="room"><?php print t('Room'); ?> 1:</span><a href="http://2015.drupalcamp.es/node/172">Seguridad en PHP</a><br/>
        <span class="speaker">Ricardo</span>
      </div>
      <div class="medium">
        <span class="room"><?php print t('Room'); ?> 2:</span><a href="http://2015.drupalcamp.es/node/72">
          Drupal 8 Frontend for Backenders <br/>
        </a><span class="speaker">Lauri Eskola</span>
      </div>
      <div class="beginner">
        <span class="room"><?php print t('Room'); ?> 3:</span><a href="http://2015.drupalcamp.es/node/155">
          Encontrando mi lugar: el paso de desarrollo a direcci&#243;n de proyectos <br/>
        </a><span class="speaker">Laura Portilla &#38; Patricia Peinado</span>
      </div>
      <div class="beginner">
        <span class="room"><?php print t('Room'); ?> 4:</span><a href="http://2015.drupalcamp.es/node/123">
          Deploy de desarrollos Drupal con Capistrano <br/>
        </a><span class="speaker">David Gil</span>
      </div>
      <div>
        <span class="room"><?php print t('Room'); ?> 5:</span>
        <a href="http://2015.drupalcamp.es/es/sessions/curso-de-formaci%C3%B3n-en-drupal">Curso de formaci&#243;n en Drupal</a><br/>
        <span class="speaker">Fran Gil</span>
      </div>
    </td>
  </tr>
  <tr>
    <td class="headings">13:00 <?php print t('to'); ?> 14:00</td>
    <td>
      <div><span class="room"><?php print t('Room'); ?> 1:</span><a href="http://2015.drupalcamp.es/es/sessions/pensando-en-big-data">Pensando en big data</a><br/>
        <span class="speaker">Javier Lafora</span>
      </div>
      <div class="medium">
        <span class="room"><?php print t('Room'); ?> 2:</span><a href="http://2015.drupalcamp.es/node/161">
          Behat y Drupal Extension <br/>
        </a><span class="speaker">Ricardo Sanz</span>
      </div>
      <div class="beginner">
        <span class="room"><?php print t('Room'); ?> 3:</span><a href="http://2015.drupalcamp.es/node/112">
          Peer reviews: revisando el c&#243;digo en equipo <br/>
        </a><span class="speaker">Juampy Novillo &#38; Rodrigo Aguilera</span>
      </div>
      <div class="beginner">
        <span class="room"><?php print t('Room'); ?> 4:</span><a href="http://2015.drupalcamp.es/node/89">
          Comunidad Drupal &#191;Hay vida detr&#225;s del c&#243;digo? <br/>
        </a><span class="speaker">Monta&#241;a Franco, Jose Luis Bellido &#38; Francisco Garde</span>
      </div>
      <div>
        <span class="room"><?php print t('Room'); ?> 5:</span>
        <a href="http://2015.drupalcamp.es/es/sessions/curso-de-formaci%C3%B3n-en-drupal">Curso de formaci&#243;n en Drupal</a><br/>
        <span class="speaker">Fran Gil</span>
      </div>
    </td>
  </tr>
  <tr>
    <td class="headings">14:00 <?php print t('to'); ?> 15:30</td>
    <td class="all-tracks"><?php print t('LUNCH'); ?></td>
  </tr>
  <tr>
    <td class="headings">15:30 <?php print t('to'); ?> 16:30</td>
    <td>
      <div class="advanced">
        <span class="room"><?php print t('Room'); ?> 1:</span><a href="http://2015.drupalcamp.es/node/113">
          Thinking about starting *now* a project with Drupal 8? Here is my story <br/>
        </a><span class="speaker">Christian L&#243;pez</span>
      </div>
      <div class="medium">
        <span class="room"><?php print t('Room'); ?> 2:</span><a href="http://2015.drupalcamp.es/node/110">
          Women in tech <br/>
        </a><span class="speaker">Cathy Theys &#38; Monta&#241;a Franco</span>
      </div>
      <div class="advanced">
        <span class="room"><?php print t('Room'); ?> 3:</span><a href="http://2015.drupalcamp.es/node/88">
          JavaScript tips &#38; tricks <br/>
        </a><span class="speaker">Marcelo Tosco</span>
      </div>
      <div class="beginner">
        <span class="room"><?php print t('Room'); ?> 4:</span><a href="http://2015.drupalcamp.es/node/151">
          &#191;Qu&#233; m&#243;dulos me instalo? <br/>
        </a><span class="speaker">Carlos Reig</span>
      </div>
      <div><span class="room"><?php print t('Room'); ?> 5:</span>SPRINTS</div>
    </td>
  </tr>
  <tr>
    <td class="headings">16:30 <?php print t('to'); ?> 17:30</td>
    <td>
    <div class="advanced">
      <span class="room"><?php print t('Room'); ?> 1:</span><a href="http://2015.drupalcamp.es/node/147">
        D7 as D8 <br/>
      </a><span class="speaker">Pablo L&#243;pez</span>
    </div>
    <div class="beginner">
      <span class="room"><?php print t('Room'); ?> 2:</span><a href="http://2015.drupalcamp.es/node/135">
        Tecnolog&#237;a y consciencia. Buscando la coherencia entre la persona y el profesional <br/>
      </a><span class="speaker">Noem&#237; Rodriguez</span>
    </div>
    <div class="medium">
      <span class="room"><?php print t('Room'); ?> 3:</span><a href="http://2015.drupalcamp.es/node/142">
        Arquitectura de desarrollo en proyectos Drupal <br/>
      </a><span class="speaker">Ramon Vilar</span>
    </div>
    <div class="beginner">
      <span class="room"><?php print t('Room'); ?> 4:</span><a href="http://2015.drupalcamp.es/node/140">
        Component based design and development <br/>
      </a><span class="speaker">Cristina Chumillas</span>
    </div>
      <div><span class="room"><?php print t('Room'); ?> 5:</span>SPRINTS</div>
    </td>
  </tr>
  <tr>
    <td class="headings">17:30 <?php print t('to'); ?> 19:30</td>
    <td class="all-tracks"><?php print t('Assembly'); ?></td>
  </tr>
</table>

<table class="session-table">
  <tr class="headings">
    <td>Horario</td>
    <td><?php print t('Room'); ?> 1</td>
    <td><?php print t('Room'); ?> 2</td>
    <td><?php print t('Room'); ?> 3</td>
    <td><?php print t('Room'); ?> 4</td>
    <td><?php print t('Room'); ?> 5</td>
  </tr>
  <tr>
    <td class="headings">9:00 <?php print t('to'); ?> 9:30</td>
    <td class="all-tracks" colspan="6"><?php print t('WELCOME'); ?></td>
  </tr>
  <tr>
    <td class="headings">9:30 <?php print t('to'); ?> 10:30</td>
    <td><a href="http://2015.drupalcamp.es/node/170">Building mentoring into an open source<br/> community that welcomes and values new contributors</a><br/>
      <span class="speaker">Cathy Theys</span></td>
    <td class="medium">
      <a href="http://2015.drupalcamp.es/node/144">Theming en Drupal 8:<br/>un soplo de aire fresco <br/>
      </a><span class="speaker">Pako Garc&#237;a</span></td>
    <td class="beginner"><a href="http://2015.drupalcamp.es/node/84">La estrategia de contenidos <br/> ha llegado para quedarse <br/>
      </a><span class="speaker">Koen Platteeuw</span></td>
    <td class="beginner"><a href="http://2015.drupalcamp.es/node/85">Drupal 8 for site builders <br/>
      </a><span class="speaker">Monta&#241;a Franco</span></td>
    <td rowspan="2">
      <a href="http://2015.drupalcamp.es/es/sessions/curso-de-formaci%C3%B3n-en-drupal">Curso de formaci&#243;n en Drupal</a><br/>
      <span class="speaker">Fran Gil</span>
    </td>
  </tr>
  <tr>
    <td class="headings">10:30 <?php print t('to'); ?> 11:30</td>
    <td><a href="http://2015.drupalcamp.es/node/171">Drupal 8 Entity API</a><br/>
      <span class="speaker">Tobias St&#246;ckler</span>
    </td>
    <td class="medium"><a href="http://2015.drupalcamp.es/node/87">Render API en Drupal 7 &#38; 8 <br/>
      </a><span class="speaker">Jose Luis Bellido</span>
    </td>
    <td class="medium"><a href="http://2015.drupalcamp.es/node/153">
        No esperes a Drupal 8 para <br/> ampliar tu juego de herramientas <br/>
      </a><span class="speaker">Salva Molina</span>
    </td>
    <td class="beginner"><a href="http://2015.drupalcamp.es/node/73">El poder del Talism&#225;n <br/>
      </a><span class="speaker">Neftal&#237;­Guerrero</span>
    </td>
  </tr>
  <tr>
    <td class="headings">11:30 <?php print t('to'); ?> 12:00</td>
    <td class="all-tracks" colspan="6">COFFEE BREAK</td>
  </tr>
  <tr>
    <td class="headings">12:00 <?php print t('to'); ?> 13:00</td>
    <td>
      <a href="http://2015.drupalcamp.es/node/172">Seguridad en PHP</a><br/>
      <span class="speaker">Ricardo</span>
    </td>
    <td class="medium"><a href="http://2015.drupalcamp.es/node/72">
        Drupal 8 Frontend for Backenders <br/>
      </a><span class="speaker">Lauri Eskola</span>
    </td>
    <td class="beginner"><a href="http://2015.drupalcamp.es/node/155">
        Encontrando mi lugar: el paso de desarrollo a direcci&#243;n de proyectos <br/>
      </a><span class="speaker">Laura Portilla &#38; Patricia Peinado</span>
    </td>
    <td class="beginner"><a href="http://2015.drupalcamp.es/node/123">
        Deploy de desarrollos Drupal con Capistrano <br/>
      </a><span class="speaker">David Gil</span>
    </td>
    <td rowspan="2">
      <a href="http://2015.drupalcamp.es/es/sessions/curso-de-formaci%C3%B3n-en-drupal">Curso de formaci&#243;n en Drupal</a><br/>
      <span class="speaker">Fran Gil</span>
    </td>
  </tr>
  <tr>
    <td class="headings">13:00 <?php print t('to'); ?> 14:00</td>
    <td><a href="http://2015.drupalcamp.es/es/sessions/pensando-en-big-data">Pensando en big data</a><br/>
    <span class="speaker">Javier Lafora</span>
    </td>
    <td class="medium"><a href="http://2015.drupalcamp.es/node/161">
        Behat y Drupal Extension <br/>
      </a><span class="speaker">Ricardo Sanz</span>
    </td>
    <td class="beginner"><a href="http://2015.drupalcamp.es/node/112">
        Peer reviews: revisando el c&#243;digo en equipo <br/>
      </a><span class="speaker">Juampy Novillo &#38; Rodrigo Aguilera</span>
    </td>
    <td class="beginner"><a href="http://2015.drupalcamp.es/node/89">
        Comunidad Drupal &#191;Hay vida detr&#225;s del c&#243;digo? <br/>
      </a><span class="speaker">Monta&#241;a Franco, Jose Luis Bellido &#38; Francisco Garde</span>
    </td>
  </tr>
  <tr>
    <td class="headings">14:00 <?php print t('to'); ?> 15:30</td>
    <td class="all-tracks" colspan="6"><?php print t('LUNCH'); ?></td>
  </tr>
  <tr>
    <td class="headings">15:30 <?php print t('to'); ?> 16:30</td>
    <td class="advanced"><a href="http://2015.drupalcamp.es/node/113">
        Thinking about starting *now* a project with Drupal 8? Here is my story <br/>
      </a><span class="speaker">Christian L&#243;pez</span>
    </td>
    <td class="medium"><a href="http://2015.drupalcamp.es/node/110">
        Women in tech <br/>
      </a><span class="speaker">Cathy Theys &#38; Monta&#241;a Franco</span>
    </td>
    <td class="advanced"><a href="http://2015.drupalcamp.es/node/88">
        JavaScript tips &#38; tricks <br/>
      </a><span class="speaker">Marcelo Tosco</span>
    </td>
    <td class="beginner"><a href="http://2015.drupalcamp.es/node/151">
        &#191;Qu&#233; m&#243;dulos me instalo? <br/>
      </a><span class="speaker">Carlos Reig</span>
    </td>
    <td rowspan="2">SPRINTS</td>
  </tr>
  <tr>
    <td class="headings">16:30 <?php print t('to'); ?> 17:30</td>
    <td class="advanced"><a href="http://2015.drupalcamp.es/node/147">
        D7 as D8 <br/>
      </a><span class="speaker">Pablo L&#243;pez</span>
    </td>
    <td class="beginner"><a href="http://2015.drupalcamp.es/node/135">
        Tecnolog&#237;a y consciencia. Buscando la coherencia entre la persona y el profesional <br/>
      </a><span class="speaker">Noem&#237; Rodriguez</span>
    </td>
    <td class="medium"><a href="http://2015.drupalcamp.es/node/142">
        Arquitectura de desarrollo en proyectos Drupal <br/>
      </a><span class="speaker">Ramon Vilar</span>
    </td>
    <td class="beginner"><a href="http://2015.drupalcamp.es/node/140">
        Component based design and development <br/>
      </a><span class="speaker">Cristina Chumillas</span>
    </td>
  </tr>
  <tr>
    <td class="headings">17:30 <?php print t('to'); ?> 19:30</td>
    <td class="all-tracks" colspan="6"><?php print t('Assembly'); ?></td>
  </tr>
</table>

<h2><?php print t('Sunday'); ?></h2>
<table class="session-table mobile">
  <tr>
    <td class="headings">9:30 <?php print t('to'); ?> 10:30</td>
    <td>
      <div class="beginner">
        <span class="room"><?php print t('Room'); ?> 1:</span> <a href="http://2015.drupalcamp.es/es/sessions/cultura-empresarial-open-source-y-drupal">Cultura empresarial, Open Source y Drupal</a><br/>
        <span class="speaker">Siddharta Navarro</span>
      </div>
      <div class="medium">
        <span class="room"><?php print t('Room'); ?> 2:</span><a href="http://2015.drupalcamp.es/node/152">
          Panels: From Zero to Hero in 2000 seconds<br/>
        </a><span class="speaker">Salva Molina &#38; Joeri Poesen</span>
      </div>
      <div class="beginner">
        <span class="room"><?php print t('Room'); ?> 3:</span> <a href="http://2015.drupalcamp.es/node/66">[Taller] Drupal Architecture Workshop<br/>
        </a><span class="speaker">David Hern&#225;ndez</span></div>
      <div class="beginner">
        <span class="room"><?php print t('Room'); ?> 4:</span> <a href="http://2015.drupalcamp.es/node/69">"&#209;apa certified" - C&#243;mo crear un drupal inmantenible<br/>
        </a><span class="speaker">Marcos Cano</span></div>
      <div>
        <span class="room"><?php print t('Room'); ?> 5:</span>
        SPRINTS
      </div>
    </td>
  </tr>
  <tr>
    <td class="headings">10:30 <?php print t('to'); ?> 11:30</td>
    <td>
      <div class="advanced">
        <span class="room"><?php print t('Room'); ?> 1:</span><a href="http://2015.drupalcamp.es/node/111">
          Drupal Extreme Scaling <br/>
        </a><span class="speaker">Zequi V&#225;zquez</span>
      </div>
      <div class="beginner">
        <span class="room"><?php print t('Room'); ?> 2:</span> <a href="http://2015.drupalcamp.es/node/128">Los desarrolladores tambi&#233;n somos personas<br/>
        </a><span class="speaker">&#193;lvaro Hurtado &#38; Juan Olalla</span></div>
      <div class="beginner">
        <span class="room"><?php print t('Room'); ?> 3:</span> <a href="http://2015.drupalcamp.es/node/66">[Taller] Drupal Architecture Workshop<br/>
        </a><span class="speaker">David Hern&#225;ndez</span></div>
      <div class="beginner">
        <span class="room"><?php print t('Room'); ?> 4:</span><a href="http://2015.drupalcamp.es/node/70">Decoupling Drupal with React and CouchDB<br/>
        </a><span class="speaker">Juampy Novillo</span>
      </div>
      <div>
        <span class="room"><?php print t('Room'); ?> 5:</span>
        SPRINTS
      </div>
    </td>
  </tr>
  <tr>
    <td class="headings">11:30 <?php print t('to'); ?> 12:00</td>
    <td class="all-tracks">
      <div>COFFEE BREAK</div>
    </td>
  </tr>
  <tr>
    <td class="headings">12:00 <?php print t('to'); ?> 13:00</td>
    <td>
      <div><span class="room"><?php print t('Room'); ?> 1:</span><a href="http://2015.drupalcamp.es/node/162">Cuando Dev encontr&#243; a Ops<br/>
        </a><span class="speaker">Pedro Gonz&#225;lez</span>
      </div>
      <div class="medium">
        <span class="room"><?php print t('Room'); ?> 2:</span><a href="http://2015.drupalcamp.es/node/64">
          Desacoplar la l&#243;gica de negocio del framework<br/>
        </a><span class="speaker">Manel L&#243;pez</span>
      </div>
      <div class="beginner">
        <span class="room"><?php print t('Room'); ?> 3:</span><a href="http://2015.drupalcamp.es/node/67">
          [Taller] Drupal 8 multilingual sobre el terreno<br/>
        </a><span class="speaker">Cathy Theys &#38; Rodrigo Aguilera</span>
      </div>
      <div class="beginner">
        <span class="room"><?php print t('Room'); ?> 4:</span><a href="http://2015.drupalcamp.es/node/132">
          Propuesta de mejora del sistema de pruebas de Drupal<br/>
        </a><span class="speaker">Ana Belen</span>
      </div>
      <div><span class="room"><?php print t('Room'); ?> 5:</span>
        SPRINTS
      </div>
    </td>
  </tr>
  <tr>
    <td class="headings">13:00 <?php print t('to'); ?> 14:00</td>
    <td>
      <div class="advanced">
        <span class="room"><?php print t('Room'); ?> 1:</span><a href="http://2015.drupalcamp.es/node/119">
          Formularios en Drupal 8<br/>
        </a><span class="speaker">Luis Ortiz</span>
      </div>
      <div class="medium">
        <span class="room"><?php print t('Room'); ?> 2:</span><a href="http://2015.drupalcamp.es/node/163">
          When content editors ask for full flexibility: Drupal architectures and patterns<br/>
        </a><span class="speaker">Hernani Borges</span>
      </div>
      <div class="beginner">
        <span class="room"><?php print t('Room'); ?> 3:</span><a href="http://2015.drupalcamp.es/node/67">
          [Taller] Drupal 8 multilingual sobre el terreno<br/>
        </a><span class="speaker">Cathy Theys &#38; Rodrigo Aguilera</span>
      </div>
      <div class="beginner">
        <span class="room"><?php print t('Room'); ?> 4:</span><a href="http://2015.drupalcamp.es/node/75">
          &#191;C&#243;mo y por qu&#233; contribuir con Drupal?<br/>
        </a><span class="speaker">Jose Manuel Rodr&#237;guez</span>
      </div>
      <div><span class="room"><?php print t('Room'); ?> 5:</span>
        SPRINTS
      </div>
    </td>
  </tr>
  <tr>
    <td class="headings">14:00 <?php print t('to'); ?> 14:30</td>
    <td class="all-tracks"><?php print t('CLOSING SESSION'); ?></td>
  </tr>
</table>

<table class="session-table">
  <tr class="headings">
    <td>Horario</td>
    <td><?php print t('Room'); ?> 1</td>
    <td><?php print t('Room'); ?> 2</td>
    <td><?php print t('Room'); ?> 3</td>
    <td><?php print t('Room'); ?> 4</td>
    <td><?php print t('Room'); ?> 5</td>
  </tr>
  <tr>
    <td class="headings">9:30 <?php print t('to'); ?> 10:30</td>
    <td class="beginner"><a href="http://2015.drupalcamp.es/es/sessions/cultura-empresarial-open-source-y-drupal">Cultura empresarial, Open Source y Drupal</a><br/>
      <span class="speaker">Siddharta Navarro</span></td>
    <td class="medium"><a href="http://2015.drupalcamp.es/node/152">
        Panels: From Zero to Hero in 2000 seconds<br/>
      </a><span class="speaker">Salva Molina &#38; Joeri Poesen</span>
    </td>
    <td class="beginner" rowspan="2"><a href="http://2015.drupalcamp.es/node/66">[Taller] Drupal Architecture Workshop<br/>
      </a><span class="speaker">David Hern&#225;ndez</span></td>
    <td class="beginner"><a href="http://2015.drupalcamp.es/node/69">"&#209;apa certified" - C&#243;mo crear un drupal inmantenible<br/>
      </a><span class="speaker">Marcos Cano</span></td>
    <td rowspan="2">
      SPRINTS
    </td>
  </tr>
  <tr>
    <td class="headings">10:30 <?php print t('to'); ?> 11:30</td>
    <td class="advanced"><a href="http://2015.drupalcamp.es/node/111">
        Drupal Extreme Scaling <br/>
      </a><span class="speaker">Zequi V&#225;zquez</span>
    </td>
    <td class="beginner"><a href="http://2015.drupalcamp.es/node/128">Los desarrolladores tambi&#233;n somos personas<br/>
      </a><span class="speaker">&#193;lvaro Hurtado &#38; Juan Olalla</span></td>
    <td class="beginner"><a href="http://2015.drupalcamp.es/node/70">Decoupling Drupal with React and CouchDB<br/>
      </a><span class="speaker">Juampy Novillo</span>
    </td>
  </tr>
  <tr>
    <td class="headings">11:30 <?php print t('to'); ?> 12:00</td>
    <td class="all-tracks" colspan="6">COFFEE BREAK</td>
  </tr>
  <tr>
    <td class="headings">12:00 <?php print t('to'); ?> 13:00</td>
    <td><a href="http://2015.drupalcamp.es/node/162">Cuando Dev encontr&#243; a Ops<br/>
      </a><span class="speaker">Pedro Gonz&#225;lez</span>
    </td>
    <td class="medium"><a href="http://2015.drupalcamp.es/node/64">
        Desacoplar la l&#243;gica de negocio del framework<br/>
      </a><span class="speaker">Manel L&#243;pez</span>
    </td>
    <td class="beginner" rowspan="2"><a href="http://2015.drupalcamp.es/node/67">
        [Taller] Drupal 8 multilingual sobre el terreno<br/>
      </a><span class="speaker">Cathy Theys &#38; Rodrigo Aguilera</span>
    </td>
    <td class="beginner"><a href="http://2015.drupalcamp.es/node/132">
        Propuesta de mejora del sistema de pruebas de Drupal<br/>
      </a><span class="speaker">Ana Belen</span>
    </td>
    <td rowspan="2">
      SPRINTS
    </td>
  </tr>
  <tr>
    <td class="headings">13:00 <?php print t('to'); ?> 14:00</td>
    <td class="advanced"><a href="http://2015.drupalcamp.es/node/119">
        Formularios en Drupal 8<br/>
      </a><span class="speaker">Luis Ortiz</span>
    </td>
    <td class="medium"><a href="http://2015.drupalcamp.es/node/163">
        When content editors ask for full flexibility: Drupal architectures and patterns<br/>
      </a><span class="speaker">Hernani Borges</span>
    </td>

    <td class="beginner"><a href="http://2015.drupalcamp.es/node/75">
        &#191;C&#243;mo y por qu&#233; contribuir con Drupal?<br/>
      </a><span class="speaker">Jose Manuel Rodr&#205;guez</span>
    </td>
  </tr>
  <tr>
    <td class="headings">14:00 <?php print t('to'); ?> 14:30</td>
    <td class="all-tracks" colspan="6"><?php print t('CLOSING SESSION'); ?></td>
  </tr>

</table>
