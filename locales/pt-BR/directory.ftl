### review: draft
# A lista de encaminhamento: só os textos da ficha de encaminhamento (slip-), que a pessoa leva consigo,
# no idioma dela. Os controles do orientador aparecem em inglês até serem traduzidos.

## A própria ficha de encaminhamento, para a pessoa.
slip-title = Um lugar onde você pode receber ajuda
slip-intro = Mostre este papel quando for lá.
slip-address = Endereço
slip-hours = Horário de atendimento
slip-phone = Telefone
slip-bring = O que levar
slip-anonymous = Você pode ir sem dizer o seu nome.
