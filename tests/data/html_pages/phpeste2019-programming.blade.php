<div class="site-section">
    <div class="container">
        <table class="table table-bordered table-hover table-condensed text-center">
            <thead>
                <tr class="thead-dark">
                    <th scope="col" width="100"></th>
                    <th scope="col" colspan="2">SÁBADO 19/10</th>
                </tr>
                <tr class="thead-dark">
                    <th scope="col"></th>
                    <th scope="col" width="44%">Trilha 1</th>
                    <th scope="col">Trilha 2</th>
                </tr>
            </thead>
            <tbody>
                <tr>
                    <th scope="row" class="table-secondary">08:00</th>
                    <td colspan="2"><strong>Credenciamento</strong></td>
                </tr>
                <tr>
                    <th scope="row" class="table-secondary">08:30</th>
                    <td colspan="2"><strong>Abertura</strong></td>
                </tr>
                <tr>
                    <th scope="row" class="table-secondary">08:45</th>
                    <td>
                    <h5>Aline Chaves</h5>
                    <img src="https://phpeste.net/assets/images/uploads/aline-chaves.jpg" class="img-reponsive rounded-circle" width="100"><br>
                    <small>(PHP com Rapadura e PHPWomen)</small><br>
                    Em DDD, domain, que falta eu sinto de você
                    <br>
                    <a href="https://docs.google.com/presentation/d/1LhV1fFOuXJYqB2aNMpE2JOOias-hisUGSnqk1aYQ7j8/edit?usp=drivesdk" target="_blank">ver slide</a>
                    </td>
                    <td>
                    <h5>Thiago Barradas</h5>
                    <img src="https://phpeste.net/assets/images/uploads/thiago-barradas.jpg" class="img-reponsive rounded-circle" width="100"><br>
                    <small>(Mundipagg)</small><br>
                    Elasticsearch - O motor de busca que está mudando o mercado!
                    <br>
                    <a href="https://pt.slideshare.net/Thiagobrow/elasticsearch-o-motor-de-busca-que-est-mudando-o-mercado-phpeste-2019" target="_blank">ver slide</a>
                    </td>
                </tr>
                <tr>
                    <th scope="row" class="table-secondary">09:25</th>
                    <td>
                        <h5>Davi Marcondes</h5>
                        <img src="https://phpeste.net/assets/images/uploads/davi-marcondes.jpg" class="img-reponsive rounded-circle" width="100"><br>
                        <small>(Pagar.me)</small><br>
                        Evolua Seu Código usando Tipos de Dados do PHP7
                        <br>
                        <a href="http://slides.com/devdrops/tipos-de-dados-phpeste-2019" target="_blank">ver slide</a>
                    </td>
                    <td>
                    <h5>Carol Rodrigues</h5>
                    <img src="https://phpeste.net/assets/images/uploads/carol-rodrigues.jpg" class="img-reponsive rounded-circle" width="100"><br>
                    <small>(PHPWomen Ceará)</small><br>
                    Teste Gray box - Aplicação do melhor dos dois mundos
                    </td>
                </tr>
                <tr>
                    <th scope="row" class="table-secondary">10:05</th>
                    <td colspan="2"><strong>Intervalo</strong></td>
                </tr>
                <tr>
                    <th scope="row" class="table-secondary">10:35</th>
                    <td>
                    <h5>Allythy Rennan</h5>
                    <img src="https://phpeste.net/assets/images/uploads/allythy-rennan.jpg" class="img-reponsive rounded-circle" width="100"><br>
                    <small>(PHP RN)</small><br>
                    Introdução a versionamento com Git e GitLab<br>
                    <a href="http://slides.com/allythy/introducao-ao-git-gitlab" target="_blank">ver slide</a>
                    </td>
                    <td>
                        <h5>Rodrigo Pokemao</h5>
                        <img src="https://phpeste.net/assets/images/uploads/pokemao-br.jpg" class="img-reponsive rounded-circle" width="100"><br>
                        <small>(PHP SP)</small><br>
                        Ecossistema PHP - O presente, o passado e o futuro da linguagem back-end mais utilizada na web
                    </td>
                </tr>
                <tr>
                    <th scope="row" class="table-secondary">11:15</th>
                    <td>
                    <h5>Matheus Melo</h5>
                    <img src="https://phpeste.net/assets/images/uploads/matheus-melo.jpg" class="img-reponsive rounded-circle" width="100"><br>
                    <small>(Idealizza)</small><br>
                    Estruturando um SaaS multi-tenant no ecosistema da AWS
                    </td>
                    <td>
                    <h5>Adolfo Pereira</h5>
                    <img src="https://phpeste.net/assets/images/uploads/adolfo-pereira.jpg" class="img-reponsive rounded-circle" width="100"><br>
                    <small>(MadeiraMadeira)</small><br>
                    Fique tranquilo com JSON Schema
                    </td>
                </tr>
                <tr>
                    <th scope="row" class="table-secondary">11:55</th>
                    <td colspan="2"><strong>Intervalo</strong></td>
                </tr>
                <tr>
                    <th scope="row" class="table-secondary">13:20</th>
                    <td colspan="2">Momento "vamos que vamos"</td>
                </tr>
                <tr>
                    <th scope="row" class="table-secondary">13:30</th>
                    <td>
                    <h5>Wellington F. Silva</h5>
                    <img src="https://phpeste.net/assets/images/uploads/wellington-silva.jpg" class="img-reponsive rounded-circle" width="100"><br>
                    <small>(Cabify/Easy Táxi)</small><br>
                    Docker Swarm vs Kubernetes
                    </td>
                    <td>
                        <h5>Gabriel Soares</h5>
                        <img src="https://phpeste.net/assets/images/uploads/gabriel.jpg" class="img-reponsive rounded-circle" width="100"><br>
                        <small>(Mobic)</small><br>
                        Entendendo melhor a relação preço x custo do projeto
                    </td>
                </tr>
                <tr>
                    <th scope="row" class="table-secondary">14:10</th>
                    <td>
                        <h5>Jair Ventura</h5>
                        <img src="https://phpeste.net/assets/images/uploads/jair.jpg" class="img-reponsive rounded-circle" width="100"><br>
                        <small>(Sistema Jornal do Commercio)</small><br>
                        Como não fazer um site
                    </td>
                    <td>
                        <h5>Jammerson Fernando</h5>
                        <img src="https://phpeste.net/assets/images/uploads/jammerson-fernando.jpg" class="img-reponsive rounded-circle" width="100"><br>
                        <small>(PHP PB)</small><br>
                        Vamos falar sobre versionamento de BD?<br>
                    <a href="https://www.slideshare.net/jammersonf/vamos-falar-sobre-versionamento-de-bd" target="_blank">ver slide</a>
                    </td>
                </tr>
                <tr>
                    <th scope="row" class="table-secondary">14:50</th>
                    <td colspan="2"><strong>Intervalo</strong></td>
                </tr>
                <tr>
                    <th scope="row" class="table-secondary">15:30</th>
                    <td>
                        <h5>Alessandro Feitoza</h5>
                        <img src="https://phpeste.net/assets/images/uploads/alessandro-php-rapadura.jpg" class="img-reponsive rounded-circle" width="100"><br>
                        <small>(Darkmira)</small><br>
                        PHP-CS-FIXER: Automatizando o code review<br>
                    <a href="http://slides.com/alessandrofeitoza/php-cs-fixer-automatizando-o-codereview-phpeste" target="_blank">ver slide</a>
                    </td>
                    <td>
                        <h5>Len Lorijn</h5>
                        <img src="https://phpeste.net/assets/images/uploads/len.jpg" class="img-reponsive rounded-circle" width="100"><br>
                        <small>(Holanda)</small><br>
                        Introduction to Magento (inglês)
                    </td>
                </tr>
                <tr>
                    <th scope="row" class="table-secondary">16:10</th>
                    <td colspan="2">Painel das comunidades mais arretadas do Brasil</td>
                </tr>
                <tr>
                    <th scope="row" class="table-secondary">16:50</th>
                    <td colspan="2"><strong>Sorteio de brindes e encerramento primeiro dia</strong></td>
                </tr>
            </tbody>
        </table>
        <table class="table table-bordered table-hover table-condensed text-center">
            <thead>
                <tr class="thead-dark">
                    <th scope="col" width="100"></th>
                    <th scope="col" colspan="2">DOMINGO 20/10</th>
                </tr>
                <tr class="thead-dark">
                    <th scope="col"></th>
                    <th scope="col" width="44%">Trilha 1</th>
                    <th scope="col">Trilha 2</th>
                </tr>
            </thead>
            <tbody>
                <tr>
                    <th scope="row" class="table-secondary">08:30</th>
                    <td colspan="2"><strong>Abertura</strong></td>
                </tr>
                <tr>
                    <th scope="row" class="table-secondary">08:40</th>
                    <td>
                    <h5>Willian Correa</h5>
                    <img src="https://phpeste.net/assets/images/uploads/william-correa.jpg" class="img-reponsive rounded-circle" width="100"><br>
                    <small>(LyseonTech)</small><br>
                    Criando interfaces com Vue.js no bom e velho PHP<br>
                    <a href="https://slides.com/wilcorrea/phpeste-vuejs-e-php" target="_blank">ver slide</a>
                    </td>
                    <td>
                    <h5>Michel Lima</h5>
                    <img src="https://phpeste.net/assets/images/uploads/michel-lima.jpg" class="img-reponsive rounded-circle" width="100"><br>
                    <small>(PHP Rio)</small><br>
                    Consumindo e criando testes para sua API like a boss com Postman<br>
                    <a href="https://github.com/michelpl/palestras/blob/master/Postman-Like-a-Boss/Apresentacao.pdf" target="_blank">ver slide</a>
                    </td>
                </tr>
                <tr>
                    <th scope="row" class="table-secondary">09:25</th>
                    <td>
                        <h5>Ravan Scafi</h5>
                        <img src="https://phpeste.net/assets/images/uploads/ravan-scafi.jpg" class="img-reponsive rounded-circle" width="100"><br>
                        <small>(Leroy Merlin Brasil)</small><br>
                        MongoDB e PHP: o que você precisa saber para começar
                    </td>
                    <td>
                        <h5>Henrique Barros</h5>
                        <img src="https://phpeste.net/assets/images/uploads/henrique-barros.png" class="img-reponsive rounded-circle" width="100"><br>
                        <small>(ScriptCase)</small><br>
                        Inovação e competitividade: os desafios de manter um software com 20 anos de existencia.
                    </td>
                </tr>
                <tr>
                    <th scope="row" class="table-secondary">10:05</th>
                    <td colspan="2"><strong>Intervalo</strong></td>
                </tr>
                <tr>
                    <th scope="row" class="table-secondary">10:35</th>
                    <td>
                    <h5>Adiel Cristo</h5>
                    <img src="https://phpeste.net/assets/images/uploads/adiel.jpg" class="img-reponsive rounded-circle" width="100"><br>
                    <small>(PHP BA)</small><br>
                    Entregando Bons Resultados com BDD
                    </td>
                    <td>
                    <h5>Anderson Valongueiro</h5>
                    <img src="https://phpeste.net/assets/images/uploads/anderson-valongueiro.jpg" class="img-reponsive rounded-circle" width="100"><br>
                    <small>(PHP PE)</small><br>
                    Segurança em Aplicações PHP
                    </td>
                </tr>
                <tr>
                    <th scope="row" class="table-secondary">11:15</th>
                    <td>
                    <h5>Ricardo Augusto</h5>
                    <img src="https://phpeste.net/assets/images/uploads/ricardo-coelho.jpg" class="img-reponsive rounded-circle" width="100"><br>
                    <small>(PHP Maranhão)</small><br>
                    PHP & SVG Templates: Instant Docs<br>
                    <a href="https://speakerdeck.com/ramcoelho/php-and-svg-templates-instant-docs" target="_blank">ver slide</a>
                    </td>
                    <td>
                    <h5>Vicente Martins</h5>
                    <img src="https://phpeste.net/assets/images/uploads/vicente-martins.jpg" class="img-reponsive rounded-circle" width="100"><br>
                    <small>(Ni Digital Studio)</small><br>
                    PHP Tooling - O canivete suiço que todo dev PHP deveria conhecer<br>
                    <a href="https://slides.com/vicentemartins/phpeste2019" target="_blank">ver slide</a>
                    </td>
                </tr>
                <tr>
                    <th scope="row" class="table-secondary">11:55</th>
                    <td colspan="2"><strong>Intervalo</strong></td>
                </tr>
                <tr>
                    <th scope="row" class="table-secondary">13:20</th>
                    <td colspan="2">Momento "vamos que vamos"</td>
                </tr>
                <tr>
                    <th scope="row" class="table-secondary">13:30</th>
                    <td>
                        <h5>Erik Figueiredo</h5>
                        <img src="https://phpeste.net/assets/images/uploads/erik.jpg" class="img-reponsive rounded-circle" width="100"><br>
                        <small>(PHP SP)</small><br>
                        Você conhece seu framework PHP?<br>
                    <a href="https://slides.com/erikfigueiredo/deck/fullscreen" target="_blank">ver slide</a>
                    </td>
                    <td>
                        <h5>Roque Junior</h5>
                        <img src="https://phpeste.net/assets/images/uploads/palestrante-roque.jpg" class="img-reponsive rounded-circle" width="100"><br>
                        <small>(Elemidia)</small><br>
                        Bora descomplicar o pagamento usando PagSeguro?<br>
                    <a href="https://www.slideshare.net/roquesz/bora-descomplicar-o-pagamento-usando-pagseguro" target="_blank">ver slide</a>
                    </td>
                </tr>
                <tr>
                    <th scope="row" class="table-secondary">14:10</th>
                    <td>
                    <h5>Vinícius Campitelli</h5>
                    <img src="https://phpeste.net/assets/images/uploads/vinicius-campitelli.jpg" class="img-reponsive rounded-circle" width="100"><br>
                    <small>(Curseduca)</small><br>
                    Criando mecanismos de autenticação seguros
                    </td>
                    <td>
                        <h5>Kilderson Sena</h5>
                        <img src="https://phpeste.net/assets/images/uploads/kilderson-sena.jpg" class="img-reponsive rounded-circle" width="100"><br>
                        <small>(Comunidade PHP com Rapadura)</small><br>
                        Eu sei que POO é a pedra do teu sapato<br>
                    <a href="https://slides.com/dersonsena/eu-sei-que-poo-e-a-pedra-do-teu-sapato" target="_blank">ver slide</a>
                    </td>
                </tr>
                <tr>
                    <th scope="row" class="table-secondary">14:50</th>
                    <td colspan="2"><strong>Intervalo</strong></td>
                </tr>
                <tr>
                    <th scope="row" class="table-secondary">15:30</th>
                    <td>
                        <h5>Rodrigo Pokemao</h5>
                        <img src="https://phpeste.net/assets/images/uploads/pokemao-br.jpg" class="img-reponsive rounded-circle" width="100"><br>
                        <small>(PHP SP)</small><br>
                        WebScrapping com Selenium Webdriver
                    </td>
                    <td>
                    <h5>Marcos Felipe</h5>
                    <img src="https://phpeste.net/assets/images/uploads/marcos-felipe.jpg" class="img-reponsive rounded-circle" width="100"><br>
                    <small>(Crawly)</small><br>
                    Criando aplicações serverless com PHP<br>
                    <a href="https://speakerdeck.com/omarkdev/criando-aplicacoes-serverless-com-php" target="_blank">ver slide</a>
                    </td>
                </tr>
                <tr>
                    <th scope="row" class="table-secondary">16:10</th>
                    <td colspan="2">Painel das comunidades mais arretadas do Brasil</td>
                </tr>
                <tr>
                    <th scope="row" class="table-secondary">16:50</th>
                    <td colspan="2"><strong>Sorteio de brindes e encerramento da conferência</strong></td>
                </tr>
            </tbody>
        </table>
    </div>
</div>