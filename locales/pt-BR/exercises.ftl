### review: draft
# Exercícios: os textos das fichas de trabalho em assets/content/exercises/*.toml.
# As mensagens ex-<exercise>-intro e as perguntas falam com a pessoa ("você"); o guia
# (ex-<exercise>-guide-…) é só para o orientador e aparece em inglês até ser traduzido. Informar, sim; convencer, nunca.
# session-preparation é a lista de verificação do próprio orientador: nunca é mostrada à pessoa (por isso não está aqui).

## Meu projeto de migração

ex-migration-project-title = Meu projeto de migração
ex-migration-project-summary = Por que você partiu, o que você esperava, como foi e o que ainda resta desse projeto hoje.
ex-migration-project-intro = Toda viagem começa com uma esperança. Aqui olhamos para trás: por que você partiu, o que esperava encontrar e como as coisas foram até agora. Não existe resposta certa ou errada. Você escolhe o que compartilha, e pode pular uma pergunta ou parar a qualquer momento.
ex-migration-project-why-left = Por que você deixou o seu país?
ex-migration-project-why-left-help = Algumas palavras bastam. Compartilhe só o que você quiser.
ex-migration-project-hoped-for = O que você esperava encontrar ou conseguir?
ex-migration-project-needs-behind = Que necessidades levaram você a decidir partir?
ex-migration-project-how-it-went = Como foram as coisas desde que você partiu? O que deu certo, e o que foi difícil?
ex-migration-project-still-alive = O que ainda resta do seu projeto hoje?
ex-migration-project-still-alive-help = Pense nos desejos e objetivos que você ainda tem, mesmo que a forma de alcançá-los tenha mudado.

## Necessidades básicas

ex-basic-needs-title = Necessidades básicas
ex-basic-needs-summary = O que você tem hoje e o que falta, e como isso poderia ser em cada caminho.
ex-basic-needs-intro = Todo mundo precisa de segurança, de um sustento, de pessoas por perto, de atendimento de saúde e da liberdade de decidir por conta própria; pais e mães também querem escola para os filhos. Aqui você olha como essas necessidades são atendidas na sua vida hoje, e como poderiam ser atendidas em cada caminho possível. Não existe resposta certa: o que conta é o seu ponto de vista. Você pode pular qualquer pergunta ou parar quando quiser.
ex-basic-needs-today = O que você tem hoje, e o que falta?
ex-basic-needs-today-help = Pense em segurança, sustento, as pessoas ao seu redor, atendimento de saúde, decidir por conta própria e escola para as crianças.
ex-basic-needs-by-pathway = Como está cada uma dessas coisas hoje, e como seria em cada caminho?
ex-basic-needs-by-pathway-help = Dê a cada necessidade um número de 0 a 10 em cada coluna. Se você não souber, deixe o espaço vazio: isso também nos diz alguma coisa.
ex-basic-needs-by-pathway-low = Falta completamente
ex-basic-needs-by-pathway-high = Está tudo bem
ex-basic-needs-by-pathway-today = Hoje
ex-basic-needs-by-pathway-legalise = Obter o direito de residência
ex-basic-needs-by-pathway-onward = Migrar para outro país
ex-basic-needs-by-pathway-return = Retorno
ex-basic-needs-by-pathway-undocumented = Permanecer sem documentos
ex-basic-needs-most-important = Qual dessas coisas é mais importante para você agora?
ex-basic-needs-what-would-help = O que poderia ajudar você a conseguir isso?

## Linha da vida

ex-lifeline-title = Linha da vida
ex-lifeline-summary = Os momentos importantes da sua vida, desde o seu nascimento até agora e seguindo para o futuro.
ex-lifeline-intro = A sua vida é muito mais do que a sua situação de hoje. Nesta linha você pode colocar os momentos importantes da sua vida, desde o seu nascimento até agora, e o que você espera para mais tarde. Você pode marcar onde encontrou força e o que foi difícil. Você escolhe o que vai para a linha, e pode pular qualquer parte ou parar quando quiser.
ex-lifeline-events = Que momentos da sua vida você quer colocar na linha?
ex-lifeline-events-help = Para cada momento, escreva quando foi e o que aconteceu. Você pode marcá-lo como força, como difícil ou como esperança para o futuro.
ex-lifeline-events-strength = Força
ex-lifeline-events-hard = Difícil
ex-lifeline-events-hope = Esperança
ex-lifeline-strength = Onde você encontrou força nos momentos difíceis?
ex-lifeline-ten-years = Como você se imagina daqui a dez anos?

## Quatro caminhos lado a lado

ex-four-pathways-title = Quatro caminhos lado a lado
ex-four-pathways-summary = O que você sabe e o que ainda não sabe sobre cada caminho: vantagens, desvantagens, condições e riscos.
ex-four-pathways-intro = Existem quatro caminhos possíveis: obter o direito de residência, migrar para outro país, voltar para o seu país ou permanecer na Bélgica sem documentos. Aqui você pode colocá-los lado a lado e anotar o que sabe sobre cada um. Você não precisa escolher nada hoje. Você pode deixar um espaço vazio, pular uma parte ou parar quando quiser.
ex-four-pathways-side-by-side = O que você sabe sobre cada caminho?
ex-four-pathways-side-by-side-help = Escreva algumas palavras em cada espaço. Você pode deixar um espaço vazio ou escrever uma pergunta nele.
ex-four-pathways-side-by-side-know = O que eu sei
ex-four-pathways-side-by-side-dont-know = O que eu ainda não sei
ex-four-pathways-side-by-side-advantages = Vantagens
ex-four-pathways-side-by-side-disadvantages = Desvantagens
ex-four-pathways-side-by-side-conditions = Condições
ex-four-pathways-side-by-side-risks = Riscos
ex-four-pathways-side-by-side-find-out = O que eu preciso descobrir, e com quem
ex-four-pathways-feeling = Como você se sente quando pensa em cada caminho?
ex-four-pathways-feeling-low = Muito desconfortável
ex-four-pathways-feeling-high = Totalmente à vontade
ex-four-pathways-feeling-feeling = O que eu sinto
ex-four-pathways-thoughts = O que vem à sua cabeça quando você olha para os quatro caminhos juntos?

## O que pesa para mim

ex-what-weighs-title = O que pesa para mim
ex-what-weighs-summary = As coisas que pesam na sua decisão, e como cada uma pesa em cada caminho.
ex-what-weighs-intro = Muitas coisas podem pesar em uma decisão sobre o seu futuro: dívidas, a escola das crianças, a sua saúde, o que a sua família espera, a sua segurança… Aqui você vê quais delas são importantes para você, e como cada uma pesa em cada um dos quatro caminhos, a favor ou contra. A mesma coisa pode pesar em vários caminhos. Não existe nota nem resposta certa. Você pode deixar um espaço vazio, pular uma pergunta ou parar a qualquer momento.
ex-what-weighs-factors = Como cada uma dessas coisas pesa em cada caminho?
ex-what-weighs-factors-help = Para cada coisa, escreva algumas palavras embaixo de cada caminho: ela pesa a favor desse caminho, contra ele, ou não pesa? A mesma coisa pode pesar em vários caminhos. Deixe um espaço vazio se isso não for importante para você, ou escreva uma pergunta se não souber.
ex-what-weighs-factors-shame = Vergonha, ou o medo de que as pessoas pensem que eu fracassei
ex-what-weighs-factors-debts = Dívidas
ex-what-weighs-factors-burned-bridges = O que eu vendi, perdi ou deixei para trás
ex-what-weighs-factors-entry-ban = Uma proibição de entrada
ex-what-weighs-factors-distrust = Desconfiança (das autoridades, das organizações ou das promessas)
ex-what-weighs-factors-children-school = A escola das crianças
ex-what-weighs-factors-medication = Remédios e tratamento
ex-what-weighs-factors-family-expectations = O que a minha família espera
ex-what-weighs-factors-safety = Segurança
ex-what-weighs-factors-work = Trabalho e renda
ex-what-weighs-other = O que mais pesa para você?
ex-what-weighs-weighs-most = O que pesa mais para você neste momento, e por quê?

## Meu procedimento

ex-my-procedure-title = Meu procedimento
ex-my-procedure-summary = Em que ponto está o seu procedimento, o próximo passo e a data dele, e as perguntas que você ainda tem para o seu assessor.
ex-my-procedure-intro = Aqui você anota o que sabe sobre o seu próprio procedimento: em que ponto ele está, o que vem depois, as datas que informaram a você, e as suas chances, como o seu assessor explicou. O Avenir não dá orientação jurídica: esta página ajuda você a preparar a sua visita ao assessor e a acompanhar as suas perguntas. Se você não tem nenhum procedimento, ou não sabe, essa também é uma boa resposta. Você pode pular uma pergunta ou parar a qualquer momento.
ex-my-procedure-procedure = Que procedimento é?
ex-my-procedure-procedure-help = Por exemplo, asilo, um pedido de autorização de residência, um recurso ou a reunião familiar. Se você não souber o nome, descreva com as suas palavras. Se você não tem nenhum procedimento, pode escrever isso também.
ex-my-procedure-where-it-stands = Em que ponto está o seu procedimento hoje?
ex-my-procedure-next-step = Qual é o próximo passo?
ex-my-procedure-deadline = Existe uma data ou um prazo?
ex-my-procedure-deadline-help = Escreva a data como disseram a você, e quem disse. Se você não tiver certeza, pergunte ao seu assessor. Guarde todas as cartas que receber.
ex-my-procedure-chances = Como o seu assessor explicou as suas chances?
ex-my-procedure-chances-help = Com as suas palavras, como o seu assessor explicou. Se ninguém falou disso com você ainda, essa é uma boa pergunta para fazer.
ex-my-procedure-adviser = Quem orienta você sobre o seu procedimento? Não é preciso dizer o nome.
ex-my-procedure-open-questions = O que você ainda quer perguntar ao seu assessor?
ex-my-procedure-open-questions-help = Por exemplo: O que acontece se a resposta for não? Quanto tempo pode demorar? O que posso fazer enquanto espero? Leve estas perguntas na sua próxima visita.

## Onde eu estou

ex-where-i-stand-title = Onde eu estou
ex-where-i-stand-summary = Deixar um plano para trás pode parecer uma perda. Em que ponto dessa estrada você está hoje?
ex-where-i-stand-intro = Quando um plano não dá certo como esperávamos, pode parecer que perdemos algo importante. Muitas pessoas passam então por sentimentos diferentes: choque, descrença, raiva, tristeza e, aos poucos, alguma paz. Não existe um lugar certo para estar. Só você pode dizer onde está hoje, e você pode mudar a sua resposta ou deixá-la em aberto.
ex-where-i-stand-stage = Onde você está hoje?
ex-where-i-stand-stage-help = Só você pode dizer onde está. As pessoas vão e voltam entre esses sentimentos, e isso é normal.
ex-where-i-stand-stage-shock = Choque
ex-where-i-stand-stage-denial = Não pode ser verdade
ex-where-i-stand-stage-anger = Raiva
ex-where-i-stand-stage-bargaining = Procurar uma saída
ex-where-i-stand-stage-sadness = Tristeza
ex-where-i-stand-stage-acceptance = Aceitação
ex-where-i-stand-feel-now = Como você se sente em relação à sua situação hoje?
ex-where-i-stand-what-helps = O que ajuda você, ou poderia ajudar, neste momento?

## A minha terra

ex-home-title = A minha terra
ex-home-summary = O lugar de onde você vem, com as suas próprias imagens e palavras: do que você sente falta, do que não sente, e quem está lá agora.
ex-home-intro = Aqui você pode falar do lugar de onde vem, com as suas próprias fotos ou desenhos, se quiser. Como é esse lugar? Do que você sente falta, e do que não sente? Quem e o que está lá agora? Não se trata de saber se você vai voltar: trata-se de um lugar que faz parte da sua vida. Você compartilha só o que quiser, e pode pular uma pergunta ou parar a qualquer momento.
ex-home-pictures = Que imagens ou desenhos da sua terra você gostaria de ver?
ex-home-pictures-help = Escolha fotos do seu álbum, ou um desenho que você fez. Você decide quais, e pode retirá-los a qualquer momento.
ex-home-home-town = Como é a sua cidade natal? Do que você se lembra?
ex-home-miss = Do que você sente falta?
ex-home-glad-to-miss = Do que você não sente falta?
ex-home-there-now = Quem e o que está lá agora?

## O que eu encontraria se voltasse?

ex-return-to-title = O que eu encontraria se voltasse?
ex-return-to-summary = Um olhar calmo sobre o que existe para você no seu país hoje, e o que preocupa você.
ex-return-to-intro = Este exercício olha para o seu país como ele é hoje: o que haveria lá para você, e o que preocupa você. Fazer este exercício não significa que o retorno é a resposta, e você não precisa decidir nada. É só uma forma de saber mais sobre um dos caminhos possíveis. Você pode pular qualquer pergunta ou parar quando quiser.
ex-return-to-situation = O que haveria lá para você, e o que preocupa você?
ex-return-to-situation-help = Para cada tema, escreva o que você sabe. Se você não souber, escreva como uma pergunta que poderia fazer a alguém no seu país.
ex-return-to-situation-home = Uma moradia
ex-return-to-situation-work = Trabalho e renda
ex-return-to-situation-debts = Dívidas
ex-return-to-situation-family = Família e comunidade
ex-return-to-situation-health-care = Atendimento de saúde
ex-return-to-situation-school = Escola para as crianças
ex-return-to-situation-safety = Segurança
ex-return-to-situation-there = O que há lá para mim
ex-return-to-situation-worries = O que me preocupa
ex-return-to-ask-family = O que você gostaria de perguntar à sua família ou aos seus amigos no seu país?
ex-return-to-fears = De que você tem medo quando pensa em voltar?
ex-return-to-hopes = Que esperanças surgem quando você pensa no seu país?

## O olhar das crianças

ex-children-view-title = O olhar das crianças
ex-children-view-summary = O que os seus filhos querem e do que têm medo, com as palavras deles, quando possível.
ex-children-view-intro = As crianças têm o seu próprio olhar sobre o futuro, e sentem muito, mesmo quando falam pouco. Aqui você pode anotar o que os seus filhos querem e do que têm medo, sobre a escola e sobre o futuro, de preferência com as palavras deles. Não existe resposta certa, e nada aqui decide por eles nem por você. Você pode pular uma pergunta ou parar a qualquer momento.
ex-children-view-which-children = De quais crianças estamos falando?
ex-children-view-which-children-help = A idade delas basta. Não é preciso dizer nomes.
ex-children-view-want = O que os seus filhos querem para o futuro?
ex-children-view-fear = De que os seus filhos têm medo?
ex-children-view-school = O que a escola significa para os seus filhos?
ex-children-view-heard = As crianças poderiam dizer isso elas mesmas?
ex-children-view-heard-yes = Sim, com as palavras delas
ex-children-view-heard-partly = Em parte
ex-children-view-heard-not-yet = Ainda não
ex-children-view-talk = Como você poderia conversar sobre o futuro com os seus filhos?

## Preparar um próximo passo

ex-next-step-title = Preparar um próximo passo
ex-next-step-summary = As suas perguntas, as suas necessidades, o que você já tem, quem pode ajudar, e os seus próximos três passos.
ex-next-step-intro = Seja qual for o caminho que você está olhando, e mesmo que ainda não tenha decidido, você pode preparar um próximo passo. Aqui você anota as suas perguntas, do que mais precisa, o que já tem e quem pode ajudar você. Você decide o que vai aqui, e pode mudar ou parar a qualquer momento.
ex-next-step-pathway = Para qual caminho é este passo?
ex-next-step-pathway-legalise = Obter o direito de residência
ex-next-step-pathway-onward = Migrar para outro país
ex-next-step-pathway-return = Retorno
ex-next-step-pathway-undocumented = Permanecer sem documentos
ex-next-step-pathway-open = Ainda não decidi
ex-next-step-questions = Que perguntas você quer ver respondidas?
ex-next-step-needs = Do que você precisa? Coloque primeiro o mais importante.
ex-next-step-needs-help = Mova os itens para cima ou para baixo até a ordem parecer certa para você.
ex-next-step-resources = O que você já tem que pode ajudar você? Por exemplo, habilidades, experiência, contatos ou economias.
ex-next-step-who-can-help = Quem pode ajudar você? Pense em pessoas e em organizações.
ex-next-step-steps = Quais são os seus próximos três passos?

## Meu plano de reintegração

ex-reintegration-plan-title = Meu plano de reintegração
ex-reintegration-plan-summary = Para quando você já decidiu voltar: do que você precisa, o que já tem, quem pode ajudar, e os seus primeiros meses, passo a passo.
ex-reintegration-plan-intro = Você decidiu voltar, e este plano é seu: ele ajuda você a preparar um recomeço no seu país. Você anota do que vai precisar, o que já tem e quem pode ajudar, lá ou aqui, e os seus primeiros meses depois da chegada, passo a passo. Uma organização de retorno diz a você que apoio se aplica ao seu caso; nada aqui é uma promessa. Você ainda pode mudar de ideia. Você pode pular uma pergunta ou parar a qualquer momento.
ex-reintegration-plan-domains = Para cada área: do que você vai precisar, o que você já tem, e quem pode ajudar?
ex-reintegration-plan-domains-help = Escreva algumas palavras em cada espaço. Quem pode ajudar podem ser pessoas ou organizações, lá ou aqui. Deixe um espaço vazio se não se aplicar a você, ou escreva uma pergunta.
ex-reintegration-plan-domains-housing = Um lugar para morar
ex-reintegration-plan-domains-work = Trabalho e renda
ex-reintegration-plan-domains-health = Saúde e remédios
ex-reintegration-plan-domains-family = Família e comunidade
ex-reintegration-plan-domains-documents = Documentos
ex-reintegration-plan-domains-children-school = Escola para as crianças
ex-reintegration-plan-domains-wellbeing = Como eu me sinto, e quem me apoia
ex-reintegration-plan-domains-need = Do que eu preciso
ex-reintegration-plan-domains-have = O que eu já tenho
ex-reintegration-plan-domains-who-helps = Quem pode ajudar, lá ou aqui
ex-reintegration-plan-first-months = O que você vai fazer nos seus três primeiros meses depois da chegada, passo a passo?
ex-reintegration-plan-first-months-help = Escreva os passos na ordem em que você quer dá-los: por exemplo, onde vai ficar nas primeiras noites, quem vai visitar, onde vai perguntar sobre trabalho ou escola. Mova-os para cima ou para baixo até a ordem parecer certa para você.
ex-reintegration-plan-partner-questions = O que você quer perguntar à organização de retorno?
ex-reintegration-plan-worries = O que ainda preocupa você sobre o retorno, e o que poderia ajudar?
