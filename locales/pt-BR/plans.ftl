### review: draft
## Planos de curso para sessões em grupo (assets/content/plans). As perguntas de cada tema aparecem na parede.

plan-three-days-title = Curso de três dias
plan-three-days-summary = Informação de manhã, conversa à tarde, com almoço, tempo para a interpretação e convidados opcionais; o terceiro dia, anunciado com antecedência, é sobre o retorno e um próximo passo.
plan-three-days-day-1 = Dia 1: o seu projeto de migração e os quatro caminhos
plan-three-days-day-2 = Dia 2: obter o direito de residência, migrar para outro país, permanecer sem documentos
plan-three-days-day-3 = Dia 3: o retorno e um próximo passo
plan-one-session-title = Uma sessão em grupo
plan-one-session-summary = Cerca de três horas: os quatro caminhos lado a lado e um próximo passo.
plan-one-session-day-1 = A sessão

plan-topic-welcome = Boas-vindas
plan-topic-welcome-prompt = Queremos que este grupo seja um lugar seguro. Você não precisa dizer o seu nome. Nós, os organizadores, nunca passamos o que você diz para o Serviço de Imigração nem para a polícia. Por favor, guardem para vocês o que os outros dizem aqui. Você decide o que compartilha.
plan-topic-four-pathways = Quatro caminhos possíveis
plan-topic-four-pathways-prompt = Obter o direito de residência, migrar para outro país, voltar para o país de origem, permanecer sem documentos. Olhamos para os quatro, sem pressão. Você decide.
plan-topic-what-weighs = O que pesa na sua escolha?
plan-topic-what-weighs-prompt = O que é mais importante para você e para a sua família? O que faz um caminho parecer possível, ou impossível?
plan-topic-questions = As suas perguntas
plan-topic-questions-prompt = O que você ainda quer saber? Que perguntas devemos fazer a um assessor jurídico ou a outro serviço?
plan-topic-closing = Olhar para a frente
plan-topic-closing-prompt = O que você leva deste curso? Qual poderia ser o seu próximo pequeno passo?

## Convidados (partes opcionais de um curso). O texto na parede diz sobre o que o convidado fala.

plan-guest-legal-adviser = Um assessor jurídico
plan-guest-legal-adviser-prompt = Um assessor jurídico explica os procedimentos e responde a perguntas sobre direitos e chances. Você pode fazer uma pergunta sem dizer que ela é sobre você.
plan-guest-return-partner = Uma organização de retorno
plan-guest-return-partner-prompt = Uma pessoa de uma organização de retorno explica o programa de retorno voluntário e o apoio oferecido. Fazer perguntas não obriga você a nada, e você não precisa dizer o seu nome.
plan-guest-returnee = Alguém que voltou
plan-guest-returnee-prompt = Uma pessoa que voltou para o seu país conta a própria história: o que foi difícil e o que ajudou. É a experiência de uma pessoa, não um conselho. Você pode fazer perguntas ou só ouvir.
