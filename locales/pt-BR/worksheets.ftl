### review: draft
# Fichas de trabalho: os exercícios de uma sessão, tal como o orientador os vê e conduz.
# Os textos dos próprios exercícios estão em exercises.ftl; estes são os controles ao redor deles.

## Escolher um exercício em uma sessão

worksheet-section-heading = Exercícios
worksheet-section-hint = Escolha um exercício para fazer junto com a pessoa, em qualquer ordem. As respostas são salvas nesta sessão.
worksheet-loading = Carregando…
worksheet-retry = Tentar de novo
worksheet-picker-empty = Nenhum exercício está disponível.
worksheet-start = Começar
worksheet-continue = Continuar
worksheet-activity =
    { $sessions ->
        [one] Feito em uma sessão, a última em { $date }
       *[other] Feito em { $sessions } sessões, a última em { $date }
    }
worksheet-activity-none = Ainda não foi feito
worksheet-problems-heading = Alguns exercícios ou fichas de informação não puderam ser usados
worksheet-problems-hint = O Avenir deixou esses itens de fora; todo o resto funciona. Peça a quem cuida do conteúdo da sua organização que corrija esses arquivos.

## Um exercício aberto

worksheet-language-label = Idioma do exercício
worksheet-close = Voltar para a sessão
worksheet-close-unsaved = Algumas respostas ainda não puderam ser salvas. Elas continuam na tela: tente de novo ou feche sem salvá-las.
worksheet-close-anyway = Fechar sem salvar
worksheet-status-saving = Salvando…
worksheet-status-saved = Respostas salvas
worksheet-status-failed = Ainda não foi salvo:
worksheet-guide = Guia para o orientador
worksheet-guide-aim = Objetivo
worksheet-guide-introduce = Como apresentar
worksheet-guide-avoid = Quando não usar
worksheet-guide-group = Como usar com um grupo
worksheet-history-toggle = Respostas anteriores ({ $count })
worksheet-history-session = Sessão de { $date }
worksheet-history-empty = Sem resposta

## Responder

worksheet-text-left =
    { $count ->
        [0] Nenhum caractere restante
        [one] Resta um caractere
       *[other] Restam { $count } caracteres
    }
worksheet-remove = Remover
worksheet-scale-clear = Apagar a resposta
worksheet-cell-empty = –
worksheet-list-new = Novo item
worksheet-list-add = Adicionar
worksheet-list-item = Item { $n }
worksheet-list-up = Mover o item { $n } para cima
worksheet-list-down = Mover o item { $n } para baixo
worksheet-list-remove = Remover o item { $n }
worksheet-list-full =
    { $max ->
        [one] A lista está cheia: no máximo um item. Remova-o para adicionar outro.
       *[other] A lista está cheia: no máximo { $max } itens. Remova um para adicionar outro.
    }
worksheet-timeline-add = Adicionar um acontecimento
worksheet-timeline-empty = Ainda não há nenhum acontecimento. Adicione o primeiro.
worksheet-timeline-event = Acontecimento { $n }
worksheet-timeline-when = Quando
worksheet-timeline-what = O que aconteceu
worksheet-timeline-tag = Tipo
worksheet-timeline-no-tag = Sem marcação
worksheet-timeline-up = Mover o acontecimento { $n } para cima
worksheet-timeline-down = Mover o acontecimento { $n } para baixo
worksheet-timeline-remove = Remover o acontecimento { $n }
worksheet-timeline-full = A linha do tempo está cheia: no máximo { $max } acontecimentos.
worksheet-photos-empty = O álbum de fotos da pessoa ainda não tem fotos.
worksheet-photos-choose = Escolha até { $max } fotos do álbum.
worksheet-photos-photo = Foto { $n }
worksheet-photos-photo-caption = Foto { $n }: { $caption }
worksheet-photos-count =
    { $count ->
        [0] Nenhuma foto escolhida
        [one] Uma foto escolhida
       *[other] { $count } fotos escolhidas
    }
