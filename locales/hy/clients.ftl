### review: draft
# Մարդկանց թղթապանակները։ Այստեղ միայն չորս ուղիների անուններն են և մեկական տող յուրաքանչյուրի մասին,
# ինչպես ցուցադրվում են մարդուն և պատին։

## Չորս ուղիները

clients-pathways-heading = Հնարավոր ուղիներ
clients-pathways-intro = Կան մի քանի հնարավոր ուղիներ։ Մենք կարող ենք դրանցից յուրաքանչյուրը միասին դիտարկել՝ Ձեզ հարմար տեմպով։
clients-pathway-legalise = Կացության իրավունք ստանալ
clients-pathway-legalise-about = Բելգիայում կացության իրավունք ստանալու ճանապարհ փնտրել։
clients-pathway-onward = Տեղափոխվել այլ երկիր
clients-pathway-onward-about = Ճանապարհը շարունակել դեպի այլ երկիր։
clients-pathway-return = Վերադարձ
clients-pathway-return-about = Վերադառնալ ծագման երկիր։
clients-pathway-undocumented = Մնալ առանց փաստաթղթերի
clients-pathway-undocumented-about = Առայժմ մնալ Բելգիայում՝ առանց կացության թույլտվության։
