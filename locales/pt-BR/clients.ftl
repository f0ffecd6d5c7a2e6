### review: draft
# Fichas das pessoas atendidas: só os quatro caminhos, os seus nomes e uma linha sobre cada um, como aparecem
# para a pessoa e na parede. As outras mensagens aparecem em inglês até serem traduzidas.

## Os quatro caminhos

clients-pathways-heading = Caminhos possíveis
clients-pathways-intro = Existem vários caminhos possíveis. Podemos olhar para cada um deles juntos, no seu ritmo.
clients-pathway-legalise = Obter o direito de residência
clients-pathway-legalise-about = Procurar uma forma de obter o direito de residência na Bélgica.
clients-pathway-onward = Migrar para outro país
clients-pathway-onward-about = Continuar a viagem até outro país.
clients-pathway-return = Retorno
clients-pathway-return-about = Voltar para o país de origem.
clients-pathway-undocumented = Permanecer sem documentos
clients-pathway-undocumented-about = Permanecer na Bélgica sem autorização de residência, por enquanto.
