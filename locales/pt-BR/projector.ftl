### review: draft
# Cursos em grupo e a janela do projetor (a parede).
# Só as mensagens "projector-wall-", mostradas NA PAREDE, nos idiomas da parede. As mensagens para o
# facilitador aparecem em inglês até serem traduzidas.

## Mostrado na parede

projector-wall-break = Intervalo
projector-wall-group = O que o grupo diz
projector-wall-lunch = Intervalo para o almoço
projector-wall-interpreting = Tempo para a interpretação. Fique à vontade para pedir que algo seja explicado de novo.
projector-wall-individual = Tempo individual. Escreva ou desenhe na sua folha. Ninguém precisa mostrar nem dizer o que escreveu.
projector-wall-guest = Temos um convidado conosco. Você pode fazer perguntas ou só ouvir. Você não precisa dizer o seu nome.
