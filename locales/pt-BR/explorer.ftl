### review: draft
# O explorador de apoios (src-tauri/core/src/explorer, assets/content/rules/*.toml): os nomes dos
# períodos de regras com data e, para cada caminho, as linhas que *podem* se aplicar a uma família: o apoio
# do programa de retorno voluntário (o aplicativo mostra ao lado de cada linha o valor calculado para a
# família, por isso nenhum valor é escrito aqui), os procedimentos legais sobre os quais vale a pena
# perguntar a um assessor jurídico (sempre "talvez"), e os direitos e riscos de migrar para outro país e
# de permanecer sem documentos.
# Todo texto explore- é mostrado à pessoa e impresso no idioma dela: palavras simples, "você",
# nenhuma promessa, o mesmo cuidado com cada caminho. Informar, nunca convencer.
# Fatos jurídicos gerais citam a fonte "general-law" e continuam tão gerais quanto nas fichas (cards.ftl).
# As mensagens para o orientador (explorer-, error-household-) aparecem em inglês até serem traduzidas.

## Períodos

rules-study-before-2015-06 = As regras do estudo antes de junho de 2015
rules-study-from-2015-06 = As regras do estudo a partir de junho de 2015 (a Fedasil simplificou os seus critérios)

## Retorno

explore-return-journey = A viagem e os documentos de viagem
explore-return-journey-detail = O programa organiza e paga a sua viagem de avião ou de ônibus e ajuda você a obter os documentos de viagem. Alguém ajuda você na partida, em trânsito e na chegada, e o custo do deslocamento até o aeroporto ou a estação é reembolsado.
explore-return-premium = Prêmio de retorno
explore-return-premium-detail = Uma quantia em dinheiro que você recebe quando volta: por adulto e, quando aplicável, por criança. Pessoas de um país cujos cidadãos não precisam de visto para entrar na Bélgica não recebem esse prêmio.
explore-return-reintegration = Apoio à reintegração
explore-return-reintegration-detail = Apoio para recomeçar no seu país, por exemplo um pequeno negócio, um curso ou o aluguel de uma moradia. Não é pago em dinheiro: depois do seu retorno, um parceiro local paga o que o seu plano precisa, em princípio em até 12 meses, e acompanha o seu projeto por cerca de um ano.
explore-return-eu-topup = Complemento europeu
explore-return-eu-topup-detail = Um fundo europeu pode acrescentar um valor por processo (para toda a família) ao apoio à reintegração. Ele é dado da mesma forma: em bens e serviços, por meio do parceiro local.
explore-return-vulnerable = Ajuda extra para pessoas em situação vulnerável
explore-return-vulnerable-detail = Ajuda extra excepcional para pessoas em situação vulnerável, por exemplo mulheres grávidas, pessoas com problemas de saúde, vítimas de tráfico de pessoas ou famílias com crianças. O que ela cobre depende das suas necessidades; uma organização de retorno diz a você o que se aplica ao seu caso.

## Obter o direito de residência

explore-asylum = Asilo (proteção internacional)
explore-asylum-detail = Se você teme perseguição ou danos graves no seu país, pode pedir proteção à Bélgica; o Comissariado-Geral para os Refugiados e Apátridas analisa o pedido. Se você já fez um pedido antes, um novo pedido precisa de fatos ou provas novas. Um assessor jurídico diz a você se esta via está aberta para você; um advogado pode ser gratuito se a sua renda for baixa (pergunte no serviço de assistência jurídica da Ordem dos Advogados).
explore-asylum-bring = O seu passaporte ou documentos de identidade, se você tiver; tudo o que mostre o que aconteceu com você ou o perigo que você teme (documentos, fotos, laudos médicos, artigos); e todas as cartas ou decisões sobre um pedido anterior, na Bélgica ou em outro país.
explore-humanitarian-regularisation = Regularização por motivos humanitários (9bis)
explore-humanitarian-regularisation-detail = Em circunstâncias excepcionais, você pode pedir ao Serviço de Imigração o direito de residência sem sair da Bélgica, por exemplo depois de uma longa permanência e com laços fortes aqui. O Serviço decide caso a caso, sem critérios fixos, e normalmente você paga uma taxa; um assessor jurídico diz a você se um pedido faz sentido na sua situação.
explore-humanitarian-regularisation-bring = O seu passaporte ou documento de identidade, um comprovante de endereço e provas da sua vida na Bélgica: há quanto tempo você está aqui, trabalho, cursos de formação ou de idioma, a escola das crianças, e cartas de pessoas que conhecem você.
explore-humanitarian-regularisation-time = Muitas vezes vários meses, às vezes anos; pergunte ao seu assessor. Enquanto você espera, normalmente não tem nenhum documento de residência.
explore-medical-regularisation = Regularização por motivos médicos (9ter)
explore-medical-regularisation-detail = Se você tem uma doença grave que não pode ser tratada de forma adequada no seu país de origem, pode pedir o direito de residência por motivos médicos. Um médico precisa preencher um atestado médico especial; um assessor jurídico diz a você se a sua situação se encaixa.
explore-medical-regularisation-bring = O seu passaporte ou documento de identidade; um atestado médico recente no formulário oficial, preenchido pelo seu médico; os seus outros laudos médicos e a lista dos seus tratamentos e remédios; e, se você tiver, informações sobre se o tratamento existe no seu país e quanto custa lá.
explore-medical-regularisation-time = Muitas vezes vários meses, às vezes mais; pergunte ao seu assessor. Mantenha os seus laudos médicos atualizados enquanto espera.
explore-family-reunification = Reunião familiar
explore-family-reunification-detail = Se um familiar próximo é belga, cidadão de outro país da UE ou tem direito de residência na Bélgica, talvez você possa pedir o direito de residência para viver com essa pessoa. As condições dependem do laço familiar (cônjuge ou companheiro, filho, pai ou mãe) e muitas vezes incluem renda e moradia; às vezes é preciso fazer o pedido a partir do exterior. Um assessor jurídico diz a você o que se aplica ao seu caso.
explore-family-reunification-bring = O seu passaporte ou documento de identidade; as suas certidões de nascimento ou de casamento (muitas vezes legalizadas e traduzidas); e o cartão de residência ou documento de identidade do seu familiar e, se você tiver, comprovantes da renda e da moradia dessa pessoa.
explore-trafficking-victim = Vítimas de tráfico de pessoas
explore-trafficking-victim-detail = Se exploraram você, no trabalho, sexualmente ou de outra forma, ou se alguém trouxe você para cá à força ou enganando você, um procedimento especial pode dar a você proteção e o direito de residência. Ele passa por um centro especializado (Payoke em Antuérpia, PAG-ASA em Bruxelas, Sürya em Liège). Você pode falar primeiro com o centro para entender as condições, como cortar todo contato com as pessoas que exploraram você e fazer uma declaração à polícia ou à justiça.
explore-statelessness = Apatridia
explore-statelessness-detail = Se nenhum país reconhece que você tem a nacionalidade dele, você pode pedir a um tribunal belga o reconhecimento como apátrida. Se isso também dá a você o direito de residência depende da sua situação; um assessor jurídico diz a você o que isso significa no seu caso.
explore-statelessness-bring = Todos os documentos sobre a sua identidade e a sua origem (uma certidão de nascimento, um passaporte ou documento de identidade antigo), e qualquer carta de uma embaixada ou autoridade dizendo que você não tem a nacionalidade desse país.

## Migrar para outro país

explore-dublin = As regras de Dublin
explore-dublin-detail = Pelas regras europeias de Dublin, um só país é responsável por um pedido de asilo, muitas vezes o primeiro país em que você entrou ou em que fez o pedido, e as impressões digitais são compartilhadas entre os países europeus. Se você for para outro país, ele pode mandar você de volta para o país responsável. O Pacto da UE sobre Migração e Asilo muda essas regras a partir de junho de 2026: pergunte a um assessor jurídico o que vale para você hoje.
explore-onward-no-papers = Migrar para outro país sem direito de residência
explore-onward-no-papers-detail = Ter o direito de residência em um país europeu não dá a você o direito de viver em outro. Sem direito de residência lá, os seus direitos costumam ser tão limitados quanto na Bélgica sem documentos, e podem parar você, deter você ou mandar você de volta; um assessor jurídico pode verificar se uma via legal, como a reunião familiar, o trabalho ou o estudo, está aberta para você.

## Permanecer sem documentos

explore-urgent-medical-aid = Assistência médica urgente
explore-urgent-medical-aid-detail = Na maioria das situações, se você não puder pagar o atendimento de saúde por conta própria, pode receber assistência médica urgente pelo CPAS ou OCMW do município onde mora. Ela cobre mais do que emergências: pode incluir médico, remédios e atendimento no hospital.
explore-schooling = Escola para as crianças
explore-schooling-detail = Toda criança que vive na Bélgica, com ou sem documentos, tem o direito de ir à escola, e o ensino é obrigatório dos 5 aos 18 anos. Uma escola não precisa de documentos de residência para matricular uma criança.
explore-wages-owed = Pagamento pelo trabalho que você fez
explore-wages-owed-detail = Sem autorização de residência, você não pode trabalhar legalmente, mas continua tendo direito a receber pelo trabalho que fez. Um sindicato ou uma ONG pode informar você de forma confidencial e ajudar você a cobrar o seu salário.
explore-detention = Controles de identidade e detenção
explore-detention-detail = Se a polícia verificar a sua identidade e você não tiver direito de residência, você pode receber uma ordem para deixar o território, ou podem manter você em um centro fechado enquanto um retorno forçado é preparado. Você tem direito a um advogado, também em um centro fechado, e a contestar a decisão; um recurso nem sempre suspende uma ordem para deixar o território, por isso pergunte logo ao seu advogado. Leve com você o nome e os contatos do seu advogado ou assessor.

## O resultado e a folha de perguntas, para a pessoa: mostrados e impressos no idioma dela
## (também em árabe). Os nomes dos caminhos são clients-pathway-*; as fontes são source-* (cards.ftl).
## $amount já vem formatado (por exemplo € 875); $date é uma data escrita por extenso no idioma da pessoa.

explore-result-heading = O que pode se aplicar a você
explore-result-intro = O que pode se aplicar em cada um dos quatro caminhos, a partir das respostas dadas e das regras em vigor na data escolhida. Nenhum caminho é recomendado aqui: você decide.
explore-household = Família: adultos { $adults }, crianças { $children }
explore-period = Regras aplicadas: { $period }, válidas a partir de { $date }.
explore-no-promise = Isto é uma informação, não uma promessa: o que realmente se aplica a você é confirmado por uma organização de retorno ou por um assessor jurídico. Nada aqui decide por você.
explore-eligible-yes = Previsto pelas regras para uma situação como a sua
explore-eligible-maybe = Pode se aplicar: precisa ser verificado
explore-not-applying = Também existe, mas não se aplica à sua situação segundo estas regras
explore-amount = Para a sua família: { $amount }
explore-fee = Taxa a pagar: { $amount }
explore-bring-heading = O que levar
explore-time-heading = Quanto tempo leva
explore-source = Fonte: { $source } Regras válidas a partir de { $date }.
explore-confirm-legalise = Um assessor jurídico diz a você se algum procedimento está aberto para você. Nada aqui é uma promessa.
explore-confirm-onward = Um assessor jurídico pode dizer a você o que se aplica ao seu caso em outro país. Nada aqui é uma promessa.
explore-confirm-return = Uma organização de retorno confirma o que se aplica a você. Nada aqui é uma promessa.
explore-confirm-undocumented = Um assessor jurídico ou um assistente social pode dizer mais sobre os seus direitos. Nada aqui é uma promessa.
explore-open-from-card = O que pode se aplicar a você? Abrir o explorador de apoios

## Perguntas para o assessor jurídico: quem fala é a pessoa ("eu", "meu"), e o assessor é "você".
## explore-ask-<id>: as perguntas sugeridas sobre o procedimento de obtenção do direito de residência <id>.

explore-questions-heading = Perguntas para o meu assessor jurídico
explore-questions-intro = Eu gostaria de fazer estas perguntas a você.
explore-questions-general = Perguntas gerais
explore-questions-own = As minhas próprias perguntas
explore-ask-general = Quais são as minhas opções hoje, e quais são os riscos de cada uma? Existe algum prazo que eu não posso perder? Posso ter um advogado gratuito, e como?
explore-ask-asylum = Posso pedir asilo, ou pedir de novo, e que fatos ou provas novas contariam? O que acontece comigo enquanto o pedido é analisado?
explore-ask-humanitarian-regularisation = Um pedido por motivos humanitários (9bis) faz sentido na minha situação, e o que o tornaria mais forte? Quanto é a taxa, e posso conseguir isenção?
explore-ask-medical-regularisation = A minha doença se encaixa em um pedido por motivos médicos (9ter), e o que o meu médico precisa escrever no atestado? O que posso fazer enquanto espero a decisão?
explore-ask-family-reunification = Posso pedir para ficar com o meu familiar aqui, e que condições precisamos cumprir? Tenho que fazer o pedido na Bélgica ou a partir do exterior?
explore-ask-trafficking-victim = O procedimento especial para vítimas de tráfico de pessoas pode me proteger, e com qual centro devo entrar em contato? O que eu teria que fazer, e o que acontece se eu decidir não fazer?
explore-ask-statelessness = Posso pedir o reconhecimento como apátrida, e de que documentos eu precisaria? Isso me daria o direito de residência?

## A parede (projetor): o que existe em cada caminho, para um grupo — sem família, sem valores.

explore-wall-title = O que existe em cada caminho
explore-wall-intro = Informações gerais para todos, não para uma pessoa: o que se aplica depende de cada situação, e uma organização de retorno ou um assessor jurídico confirma isso. Nada aqui é uma promessa.
explore-wall-pathway = O que existe neste caminho
explore-wall-rules = Regras: { $period }, válidas a partir de { $date }
