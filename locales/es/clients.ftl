### review: draft
# Los cuatro caminos: sus nombres y una línea sobre cada uno, tal como se muestran a la persona y en la pared.
# Los demás mensajes de los expedientes aparecen en inglés hasta que se traduzcan.

## Los cuatro caminos

clients-pathways-heading = Caminos posibles
clients-pathways-intro = Hay varios caminos posibles. Podemos mirar cada uno de ellos juntos, a su propio ritmo.
clients-pathway-legalise = Obtener un derecho de residencia
clients-pathway-legalise-about = Buscar una manera de obtener el derecho a quedarse en Bélgica.
clients-pathway-onward = Migrar a otro país
clients-pathway-onward-about = Seguir el viaje hacia otro país.
clients-pathway-return = Retorno
clients-pathway-return-about = Volver al país de origen.
clients-pathway-undocumented = Permanecer sin papeles
clients-pathway-undocumented-about = Quedarse en Bélgica sin permiso de residencia, por ahora.
