### review: draft
# Fichas de informação sobre os caminhos (assets/content/cards/*.toml), os títulos das suas seções e as fontes,
# e as necessidades básicas usadas em vários exercícios.
# Dois níveis: as seções de "visão geral" são abertas e não comprometem, para quem ainda não decidiu;
# as seções de "detalhes" são práticas, para quem já decidiu. Informar, nunca convencer.
# Fatos conforme descritos no estudo de origem (verificados em 2016-03-31); a organização os edita.
# Fatos jurídicos gerais que não vêm do estudo citam a fonte "general-law" e continuam gerais.
# Toda visão geral termina a primeira seção com a mesma frase: nenhum caminho é o único.

## Necessidades básicas (rótulos comuns)

need-safety = Segurança
need-living = Sustento
need-people = As pessoas ao meu redor
need-health = Atendimento de saúde
need-self = Decidir por conta própria
need-school = Escola para as crianças

## Títulos das seções (comuns a todas as fichas)

card-section-what = O que significa
card-section-rights = Os seus direitos
card-section-risks = Riscos
card-section-advice = Onde pedir orientação
card-section-ways = Formas de obter uma autorização de residência
card-section-procedure = O procedimento
card-section-waiting = Enquanto você espera
card-section-rules = As regras na Europa
card-section-conditions = Condições
card-section-support = O apoio oferecido
card-section-after = Depois do retorno
card-section-health = Atendimento de saúde
card-section-school = Escola
card-section-work = Trabalho
card-section-detention = Controles de identidade e detenção

## Fontes

source-kuleuven-2016 = Nele Bossens e Eva Platteau, estudo sobre o conhecimento e a imagem do programa de retorno voluntário entre migrantes sem documentos e as organizações ao redor deles (em neerlandês, “bekendheid en imago van vrijwillige terugkeer”, com um resumo em francês), encomendado pela Fedasil. KU Leuven, Faculdade de Ciências Sociais, 2016.
source-fedasil-2015 = Fedasil, o programa de retorno voluntário e os seus critérios de acesso tal como eram em 2015, conforme descritos no estudo da KU Leuven.
source-general-law = Informações gerais sobre o direito belga e europeu, que não vêm do estudo da KU Leuven: escritas em termos gerais pelos editores do Avenir. Um assessor jurídico diz o que se aplica a você.

## Obter o direito de residência

card-legalise-title = Obter o direito de residência
card-legalise-summary = Buscar o direito legal de ficar na Bélgica.
card-legalise-overview-what = Obter o direito de residência significa pedir às autoridades belgas o direito de ficar no país. Existem vários procedimentos, cada um com as suas próprias condições. Se algum deles serve para você, depende da sua situação pessoal. Ter documentos pode ser um meio para construir o seu futuro. Este caminho não é o único; olhar para outros caminhos enquanto isso não é desistir.
card-legalise-overview-rights = Alguns procedimentos dão a você um documento temporário ou um abrigo enquanto você espera; outros não. Você tem direito a um advogado, gratuito ou a baixo custo se a sua renda for baixa. Seja qual for a sua situação, os seus filhos podem ir à escola. Na maioria das situações, se você não puder pagar o atendimento de saúde por conta própria, pode receber assistência médica urgente.
card-legalise-overview-risks = Os procedimentos podem demorar muito, e o resultado é incerto. Uma recusa pode vir junto com uma ordem para deixar o território. Alguns procedimentos custam dinheiro ou pedem documentos difíceis de conseguir. Cuidado com qualquer pessoa que prometa documentos em troca de dinheiro.
card-legalise-overview-advice = Pergunte a um assessor jurídico independente ou a um advogado sobre as suas chances, antes de começar e enquanto você espera. Uma ONG que apoia pessoas sem documentos pode explicar os procedimentos e ajudar você a encontrar um advogado. Um bom assessor fala com honestidade sobre as suas chances e sobre os outros caminhos.
card-legalise-details-ways = As principais formas são o asilo (proteção internacional), a regularização por motivos humanitários (9bis), a regularização por motivos médicos, em caso de doença grave (9ter), e a reunião familiar. Vítimas de tráfico de pessoas ou de exploração grave têm um procedimento especial, com a ajuda de um centro especializado (Payoke em Antuérpia, PAG-ASA em Bruxelas, Sürya em Liège). Uma autorização para trabalhar ou estudar normalmente precisa ser pedida a partir do exterior. Cada forma tem condições rigorosas. O seu assessor pode dizer qual delas se aplica à sua situação, se houver alguma.
card-legalise-details-procedure = A maioria dos pedidos é decidida pelo Serviço de Imigração; os pedidos de asilo são analisados pelo Comissariado-Geral para os Refugiados e Apátridas. Normalmente você precisa de documentos de identidade e, para uma regularização, de um endereço onde você realmente mora. Alguns pedidos têm uma taxa. Contra uma recusa, muitas vezes você pode recorrer ao Conselho do Contencioso de Estrangeiros, dentro de um prazo curto. Um recurso nem sempre suspende uma ordem para deixar o território: pergunte ao seu advogado se o seu recurso suspende essa ordem. Guarde cópias de todas as cartas e anote todas as datas.
card-legalise-details-waiting = A espera pode levar meses ou até anos. Durante alguns procedimentos você tem um documento temporário ou um abrigo; durante outros você continua sem documentos, com direitos básicos como a assistência médica urgente e a escola para as crianças. Use esse tempo também para você: um idioma, um curso, as pessoas ao seu redor. Olhar para outros caminhos enquanto você espera não é desistir.
card-legalise-details-advice = Um advogado cuida do seu processo; pergunte no serviço de assistência jurídica da Ordem dos Advogados (no fórum) se você pode ter um advogado gratuito. Uma ONG ou um plantão jurídico pode dar uma segunda opinião e explicar as cartas que você recebe. Pergunte ao seu assessor o que acontece se a resposta for não, e que opções você teria nesse caso.

## Migrar para outro país

card-onward-title = Migrar para outro país
card-onward-summary = Continuar a viagem até outro país.
card-onward-overview-what = Migrar para outro país significa tentar construir o seu futuro em um país que não é a Bélgica nem o seu país de origem. Algumas pessoas têm família lá, falam a língua ou esperam ter mais oportunidades. Nesse caso, as regras desse país passam a valer para você. Este caminho não é o único; olhar para outros caminhos enquanto isso não é desistir.
card-onward-overview-rights = Os seus direitos dependem do país e da sua situação lá. Sem autorização de residência, os seus direitos lá costumam ser tão limitados quanto na Bélgica sem documentos. Ter o direito de residência em um país europeu não dá a você o direito de viver em outro.
card-onward-overview-risks = Viajar sem os documentos certos traz riscos: podem parar você em uma fronteira, deter você ou mandar você de volta. Os atravessadores cobram caro e podem ser perigosos. Pelas regras europeias de asilo, outro país pode mandar você de volta para o país responsável pelo seu pedido. Talvez você tenha que recomeçar do zero.
card-onward-overview-advice = Antes de partir, pergunte a um assessor jurídico independente quais regras valem no país em que você está pensando, e como os seus procedimentos anteriores afetam as suas chances lá. Uma ONG que trabalha com migrantes pode ajudar você a encontrar informações e organizações confiáveis nesse país.
card-onward-details-rules = Dentro do espaço Schengen há poucos controles nas fronteiras, mas para viver e trabalhar em um país você precisa ter o direito de residência nesse país. As regras de Dublin decidem qual país europeu analisa um pedido de asilo; muitas vezes é o primeiro país em que você entrou ou em que fez o primeiro pedido. As impressões digitais colhidas em um procedimento de asilo são compartilhadas entre os países europeus. Isto descreve as regras de Dublin tal como eram em 2016. O Pacto da UE sobre Migração e Asilo, adotado em 2024 e aplicado a partir de junho de 2026, muda essas regras: pergunte a um assessor jurídico o que vale para você hoje.
card-onward-details-conditions = Em alguns casos existe uma via legal: a reunião familiar com um familiar que vive legalmente em outro país, uma autorização de trabalho ou um visto de estudo. Normalmente, esses pedidos precisam ser feitos de fora desse país e exigem documentos, renda ou uma oferta de emprego. O seu assessor pode verificar se alguma dessas vias está aberta para você.
card-onward-details-risks = Se pararem você sem direito de residência, podem deter você e mandar você de volta para a Bélgica ou para o seu país de origem. Rotas perigosas e atravessadores colocam em risco a sua segurança e o seu dinheiro. Você também deixaria para trás a ajuda que tem na Bélgica, como um médico, uma escola ou um orientador.
card-onward-details-advice = Um assessor jurídico independente ou um advogado pode explicar as regras europeias de asilo que valem hoje e o que elas significam para você. Uma ONG ou uma organização de migrantes pode colocar você em contato com organizações confiáveis no outro país. Cuidado com conselhos de pessoas que ganham dinheiro com a sua viagem.

## Retorno

card-return-title = Retorno
card-return-summary = Voltar para o seu país de origem, com ou sem o apoio do programa de retorno voluntário.
card-return-overview-what = Retorno significa voltar para o seu país de origem, se você escolher isso. Você pode viajar por conta própria ou com o programa belga de retorno voluntário, que organiza e paga a viagem e pode dar algum apoio depois. Pedir informações não obriga você a nada. Este caminho não é o único; olhar para outros caminhos enquanto isso não é desistir.
card-return-overview-rights = O programa é voluntário: a decisão é sua, e você pode levar tempo para pensar. O que você pode receber depende da sua situação: ajuda com a viagem, um prêmio de retorno e, às vezes, apoio para recomeçar. Uma organização de retorno explica o que se aplica a você antes que você decida.
card-return-overview-risks = Voltar pode ser difícil: a situação no seu país pode ter mudado, e a família pode ter expectativas. O apoio é limitado e é dado sobretudo em bens e serviços, não em dinheiro. Pergunte se uma proibição de entrada se aplica à sua situação e o que ela significa se você quiser voltar para a Europa mais tarde. Se você teme algum perigo no seu país, fale primeiro com um assessor jurídico.
card-return-overview-advice = Um balcão de retorno ou uma organização de retorno, como a Caritas International ou a IOM, explica o programa e o que se aplica a você. Você pode pedir informações sem dizer o seu nome, ou falar primeiro com uma ONG ou com um orientador de confiança, que pode perguntar por você. O programa de retorno voluntário é gerido pela Fedasil; a Fedasil não é o Serviço de Imigração, que cuida do retorno forçado. Se você se inscrever, você informa o seu nome e apresenta os seus documentos de identidade, porque a viagem precisa deles: pergunte ao balcão de retorno quem recebe os seus dados e para que eles são usados. Conversar sobre o retorno não significa que você já decidiu.
card-return-details-support = Em 2015, o programa oferecia: viagem organizada e paga (avião ou ônibus), ajuda para obter os documentos de viagem, ajuda na partida, em trânsito e na chegada, o reembolso do custo do deslocamento até o aeroporto e um prêmio de retorno de € 250 por adulto (€ 125 por criança, quando aplicável; não para pessoas de países cujos cidadãos não precisam de visto para entrar na Bélgica). Dependendo da sua situação, havia ainda um apoio à reintegração de € 700 por adulto e € 350 por criança, que um fundo europeu podia aumentar em € 1.500 por processo, e ajuda extra para pessoas em situação vulnerável. O apoio à reintegração era dado em bens e serviços, por meio de um parceiro local, depois do retorno, para ser usado em até 12 meses, por exemplo para abrir um pequeno negócio, fazer um curso ou alugar uma moradia. Esses são os valores de 2015: uma organização de retorno confirma o que vale hoje.
card-return-details-conditions = Em 2015, o que você podia receber dependia do seu país de origem, da sua situação de residência, da sua situação na Bélgica e da sua vulnerabilidade (por exemplo, gravidez, problemas de saúde, ser vítima de tráfico de pessoas, ou uma família com crianças). A ajuda com a viagem já estava aberta a todas as pessoas sem direito de residência, e o prêmio à maioria das nacionalidades. Em junho de 2015, as regras do apoio à reintegração foram simplificadas: solicitantes de asilo que tiveram o pedido recusado e outras pessoas cujo procedimento tinha terminado e que já tinham recebido alguma ordem para deixar o território podiam receber o apoio à reintegração, sem o antigo limite de 12 meses; e as famílias com filhos menores de 18 anos são consideradas vulneráveis, por isso, em princípio, têm direito ao apoio à reintegração, qualquer que seja a sua situação. Pessoas que nunca iniciaram um procedimento na Bélgica recebiam, em princípio, só a viagem e o prêmio, com exceções para pessoas vulneráveis. Uma organização de retorno diz a você o que vale hoje.
card-return-details-after = Depois da sua chegada, um parceiro local da IOM ou da Caritas ajuda você a realizar o seu plano. O apoio não é pago em dinheiro: o parceiro paga o que o plano precisa, como mercadorias para um pequeno negócio, um curso, o aluguel ou despesas médicas, e, em princípio, o apoio deve ser usado em até 12 meses. O parceiro acompanha o seu projeto por cerca de um ano. Conversar com pessoas que já voltaram pode ajudar você a se preparar.
card-return-details-advice = Para se inscrever, ou para verificar o que se aplica a você, entre em contato com um balcão de retorno ou uma organização de retorno, como a Caritas International, a IOM ou uma ONG ou serviço social parceiro. Se algum procedimento ainda estiver em andamento, ou se você teme algum perigo no seu país, fale primeiro com um assessor jurídico independente ou com um advogado. Leve o tempo que precisar; pergunte sobre cursos antes da partida e sobre o acompanhamento depois do retorno.

## Permanecer sem documentos

card-undocumented-title = Permanecer sem documentos
card-undocumented-summary = Permanecer na Bélgica sem autorização de residência, por enquanto.
card-undocumented-overview-what = Permanecer sem documentos significa viver na Bélgica sem direito de residência, por algum tempo ou por mais tempo. Muitas pessoas vivem assim enquanto aguardam, têm esperança de uma mudança ou procuram outra saída. É uma situação com alguns direitos básicos e com limites reais. Este caminho não é o único; olhar para outros caminhos enquanto isso não é desistir.
card-undocumented-overview-rights = Mesmo sem documentos, você tem direitos. Se você não puder pagar o atendimento de saúde por conta própria, normalmente pode receber assistência médica urgente pelo serviço social do seu município (o CPAS ou OCMW). As crianças têm o direito de ir à escola. Você tem direito a um advogado e a receber pelo trabalho que fez.
card-undocumented-overview-risks = A vida sem documentos muitas vezes é insegura: você não pode trabalhar legalmente, a renda e a moradia são instáveis, e alguns patrões ou proprietários se aproveitam de pessoas sem documentos. Se a polícia verificar a sua identidade, você pode receber uma ordem para deixar o território, ou podem levar você para um centro fechado. Anos de espera podem desgastar você; conversar com alguém de confiança pode ajudar.
card-undocumented-overview-advice = Uma ONG que apoia pessoas sem documentos pode explicar os seus direitos e ajudar com questões práticas. O serviço social do seu município (CPAS ou OCMW) decide sobre a assistência médica urgente. Um assessor jurídico independente ou um advogado pode verificar se algum procedimento é possível para você.
card-undocumented-details-health = A assistência médica urgente cobre mais do que emergências: pode incluir médico, remédios e atendimento no hospital, tanto para prevenir doenças como para tratá-las. Você pede essa assistência no CPAS ou OCMW do município onde mora; eles verificam a sua situação, às vezes com uma visita à sua casa, e um médico confirma que o atendimento é necessário. Uma ONG da área da saúde pode ajudar se o pedido for recusado ou se você não souber aonde ir.
card-undocumented-details-school = Todas as crianças que vivem na Bélgica, com ou sem documentos, têm o direito de ir à escola, e o ensino é obrigatório dos 5 aos 18 anos. Uma escola não precisa de documentos de residência para matricular uma criança. Uma ONG ou a própria escola pode ajudar com a matrícula e com dúvidas sobre os custos.
card-undocumented-details-work = Sem autorização de residência, você não tem permissão para trabalhar. Quem trabalha mesmo assim muitas vezes recebe mal ou é tratado de forma injusta, e uma fiscalização no trabalho pode levar a uma ordem para deixar o território. Você continua tendo direito a receber pelo trabalho que fez. Um sindicato ou uma ONG pode informar você de forma confidencial e ajudar você a cobrar o seu salário.
card-undocumented-details-detention = A polícia pode verificar a sua identidade. Se você não tiver direito de residência, pode receber uma ordem para deixar o território, e podem manter você em um centro fechado enquanto um retorno forçado é preparado. Você tem direito a um advogado, também em um centro fechado, e a contestar a decisão. Leve com você o nome e os contatos do seu advogado ou assessor.
card-undocumented-details-advice = Mantenha contato com um advogado ou assessor jurídico de confiança. Uma ONG pode ajudar com a assistência médica urgente, a matrícula na escola e o abrigo, e explicar as cartas das autoridades. Se o CPAS ou OCMW recusar a assistência médica urgente, uma ONG ou um advogado pode ajudar você a contestar a decisão.
