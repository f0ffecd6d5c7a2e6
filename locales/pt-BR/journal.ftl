### review: draft
# O diário de decisão (onde a pessoa se posiciona em cada caminho, sessão após sessão,
# e os seus gráficos) e as fichas de informação sobre os caminhos.
# São os posicionamentos da própria pessoa: nunca uma nota, nunca um veredito.

## O diário de decisão em uma sessão

journal-heading = Diário de decisão
journal-editor-heading = Onde você está hoje?
journal-editor-intro = Pergunte à pessoa onde ela está hoje em relação a cada caminho. São os posicionamentos dela, com as palavras dela — não são uma nota nem um teste, e não decidem nada. Qualquer pergunta pode ficar em aberto.
journal-possible-question = Até que ponto este caminho parece possível para você?
journal-possible-low = nada possível
journal-possible-high = muito possível
journal-wanted-question = Quanto você gostaria de seguir este caminho?
journal-wanted-low = nada
journal-wanted-high = muito
# Uma ponta da escala: o número e o que ele significa, por exemplo "0: nada".
journal-scale-end = { $value }: { $label }
journal-clear = Deixar em aberto
journal-why-label = Uma palavra sobre o porquê, com as palavras da própria pessoa (opcional)
journal-last-time = Da última vez ({ $date }):
journal-last-possible = possível: { $value }
journal-last-wanted = desejado: { $value }
journal-last-none = Nada foi dito sobre este caminho em uma sessão anterior.
journal-not-said = não foi dito
journal-loading = Carregando o diário…
journal-status-idle = Cada resposta é salva assim que é dada.
journal-status-saving = Salvando…
journal-status-saved = Salvo
journal-status-failed = Ainda não foi salvo:
journal-retry = Tentar de novo

## O diário de decisão ao longo do tempo (visão geral da pessoa atendida)

journal-view-intro = Onde a pessoa se posicionou em cada caminho, sessão após sessão. São os posicionamentos dela — não uma nota — e nada aqui decide por ela.
journal-empty = Ainda não há nenhum posicionamento. O gráfico aparece quando a pessoa se posicionar em um caminho durante uma sessão.
journal-chart-title = Quanto cada caminho parece possível e quanto é desejado, sessão após sessão
journal-chart-desc = Quatro pequenos gráficos, um por caminho, ao longo de { $sessions ->
        [one] uma sessão
       *[other] { $sessions } sessões
    }, da mais antiga para a mais recente. Cada um vai de 0 a 10. Linha contínua com círculos: quanto o caminho parece possível. Linha tracejada com quadrados: quanto a pessoa deseja esse caminho. Uma interrupção na linha quer dizer que nada foi dito naquela sessão.
journal-legend-possible = Quanto parece possível (linha contínua, círculos)
journal-legend-wanted = Quanto é desejado (linha tracejada, quadrados)
journal-legend-scale = De 0 (embaixo) a { $max } (em cima)
journal-table-caption = { $pathway }: posicionamentos por sessão
journal-table-session = Sessão
journal-table-possible = Quanto é possível
journal-table-wanted = Quanto é desejado
journal-heatmap-title = { $exercise }: { $question }
journal-heatmap-when = Conforme respondido na sessão de { $date }.
journal-heatmap-desc = Uma grade de { $rows } linhas e { $columns } colunas. Cada célula mostra o número que a pessoa escolheu, de 0 (claro) a 10 (escuro). Uma célula hachurada com um traço não foi respondida.
journal-heatmap-end = { $value }: { $label }
journal-heatmap-empty-cell = não respondida
journal-why-heading = Palavras sobre o porquê
journal-why-pathway = { $pathway }:

## Fichas de informação sobre os caminhos

pathcard-heading = Informações sobre os caminhos
pathcard-intro = Informações simples sobre cada caminho, para ler juntos, no ritmo da própria pessoa. Abra uma ficha para ler.
pathcard-loading = Carregando as fichas…
pathcard-none = Nenhuma ficha de informação está disponível.
pathcard-tracks = Quanto ler
pathcard-track-overview = Visão geral — para quando você ainda está pensando
pathcard-track-details = Detalhes — para quando você já decidiu
pathcard-checked = Fatos verificados em { $date }
pathcard-sources = Fontes:
# Uma fonte e o seu ano, por exemplo "Estudo da KU Leuven (2016)".
pathcard-source = { $source } ({ $year })
pathcard-outdated-label = Talvez desatualizado.
pathcard-outdated = Estes fatos foram verificados pela última vez há mais de um ano. Regras e valores mudam: confira antes de contar com eles.
pathcard-confirm = Esta é uma informação geral, não uma orientação sobre a sua situação. Confirme sempre com um assessor jurídico ou, no caso do retorno, com uma organização de retorno.
pathcard-close = Fechar a ficha
