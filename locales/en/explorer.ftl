# The support explorer (src-tauri/core/src/explorer, assets/content/rules/*.toml): the names of the
# dated periods of rules, and per pathway the lines that *may* apply to a household: the support of
# the voluntary-return programme (the app shows the amount computed for the household beside each
# line, so no amount is written here), the legal procedures worth asking a legal adviser about
# (always "maybe"), and the rights and risks of moving on and of staying without papers.
# Every explore- text is shown to the person and printed in their language: plain words, "you",
# no promises, the same care for each pathway. Inform, never persuade.
# General legal facts cite the source "general-law" and stay as general as on the cards (cards.ftl).
# The error-household- messages are for the counsellor; $max is the most adults, and the most
# children, a household may have.

## Periods

rules-study-before-2015-06 = The study’s rules before June 2015
rules-study-from-2015-06 = The study’s rules from June 2015 (Fedasil simplified its criteria)

## Return

explore-return-journey = The journey and travel documents
explore-return-journey-detail = The programme organises and pays your journey by plane or bus, and helps you get travel documents. Someone helps you at departure, in transit and on arrival, and the cost of getting to the airport or station is repaid.
explore-return-premium = Return premium
explore-return-premium-detail = A sum of money given to you when you return: per adult, and per child where it applies. People from a country whose nationals need no visa to enter Belgium do not get it.
explore-return-reintegration = Reintegration support
explore-return-reintegration-detail = Support for a new start in your country, for example a small business, a training or the rent of a home. It is not paid in cash: after your return a local partner pays for what your plan needs, in principle within 12 months, and follows your project for about a year.
explore-return-eu-topup = European top-up
explore-return-eu-topup-detail = A European fund can add an amount per file (for the whole household) to the reintegration support. It is given in the same way: in kind, through the local partner.
explore-return-vulnerable = Extra help for vulnerable people
explore-return-vulnerable-detail = Exceptional extra help for people in a vulnerable situation, for example pregnant women, people with health problems, victims of human trafficking or families with children. What it covers depends on your needs; a return partner tells you what applies to you.

## Legalising the stay

explore-asylum = Asylum (international protection)
explore-asylum-detail = If you fear persecution or serious harm in your country, you can ask Belgium for protection; the Commissioner General for Refugees and Stateless Persons examines the application. If you have applied before, a new application needs new facts or evidence. A legal adviser tells you whether this way is open to you; a lawyer can be free if your income is low (ask at the legal aid office of the bar).
explore-asylum-bring = Your passport or identity documents, if you have them; anything that shows what happened to you or the danger you fear (documents, photos, medical reports, articles); and every letter or decision about an earlier application, in Belgium or in another country.
explore-humanitarian-regularisation = Regularisation on humanitarian grounds (9bis)
explore-humanitarian-regularisation-detail = In exceptional circumstances you can ask the Immigration Office for a right to stay without leaving Belgium, for example after a long stay and with strong ties here. The Office decides case by case, without fixed criteria, and you usually pay a fee; a legal adviser tells you whether an application makes sense in your situation.
explore-humanitarian-regularisation-bring = Your passport or identity card, proof of your address, and proof of your life in Belgium: how long you have been here, work, training or language courses, school for the children, and letters from people who know you.
explore-humanitarian-regularisation-time = Often many months, sometimes years; ask your adviser. While you wait, you usually have no residence document.
explore-medical-regularisation = Regularisation on medical grounds (9ter)
explore-medical-regularisation-detail = If you have a serious illness that cannot be treated properly in your country of origin, you can ask for a right to stay on medical grounds. A doctor must fill in a special medical certificate; a legal adviser tells you whether your situation fits.
explore-medical-regularisation-bring = Your passport or identity card; a recent medical certificate on the official form, filled in by your doctor; your other medical reports and the list of your treatments and medicines; and, if you have it, information on whether the treatment exists in your country and what it costs there.
explore-medical-regularisation-time = Often many months, sometimes longer; ask your adviser. Keep your medical reports up to date while you wait.
explore-family-reunification = Family reunification
explore-family-reunification-detail = If a close family member is Belgian, a citizen of another EU country, or has a right to stay in Belgium, you may be able to ask for a right to stay with them. The conditions depend on the family tie (spouse or partner, child, parent) and often include income and housing; sometimes you must apply from abroad. A legal adviser tells you what applies to you.
explore-family-reunification-bring = Your passport or identity card; your birth or marriage certificates (often legalised and translated); and your family member’s residence card or identity card and, if you have them, proof of their income and housing.
explore-trafficking-victim = Victims of human trafficking
explore-trafficking-victim-detail = If you were exploited, at work, sexually or in another way, or someone brought you here by force or deception, a special procedure can give you protection and a right to stay. It goes through a specialised centre (Payoke in Antwerp, PAG-ASA in Brussels, Sürya in Liège). You can talk to the centre first to understand the conditions, such as breaking all contact with the people who exploited you and making a statement to the police or the justice system.
explore-statelessness = Statelessness
explore-statelessness-detail = If no country recognises you as its national, you can ask a Belgian court to recognise you as stateless. Whether this also gives you a right to stay depends on your situation; a legal adviser tells you what it means for you.
explore-statelessness-bring = Every document about your identity and origin (a birth certificate, an old passport or identity card), and any letter from an embassy or authority saying that you are not its national.

## Moving on

explore-dublin = The Dublin rules
explore-dublin-detail = Under the European Dublin rules, one country is responsible for an asylum application, often the first country you entered or applied in, and fingerprints are shared between European countries. If you move on to another country, it may send you back to the responsible country. The EU Pact on Migration and Asylum changes these rules from June 2026: ask a legal adviser what applies to you today.
explore-onward-no-papers = Moving on without a right to stay
explore-onward-no-papers-detail = A right to stay in one European country does not give you the right to live in another. Without a right to stay there, your rights are usually as limited as in Belgium without papers, and you can be stopped, detained or sent back; a legal adviser can check whether a legal way, such as family reunification, work or study, is open to you.

## Staying without papers

explore-urgent-medical-aid = Urgent medical aid
explore-urgent-medical-aid-detail = In most situations, if you cannot pay for care yourself, you can get urgent medical aid through the CPAS or OCMW of the municipality where you live. It covers more than emergencies: it can include a doctor, medicines and hospital care.
explore-schooling = School for the children
explore-schooling-detail = Every child who lives in Belgium, with or without papers, has the right to go to school, and education is compulsory from 5 to 18 years of age. A school does not need residence papers to enrol a child.
explore-wages-owed = Pay for work you have done
explore-wages-owed-detail = Without a residence permit you may not work legally, but you still have the right to be paid for work you have done. A trade union or an NGO can inform you confidentially and help you claim your wages.
explore-detention = Checks and detention
explore-detention-detail = If the police check your identity and you have no right to stay, you can be given an order to leave the territory, or be held in a closed centre while a forced return is prepared. You have the right to a lawyer, also in a closed centre, and to contest the decision; an appeal does not always stop an order to leave, so ask your lawyer quickly. Keep the name and contact details of your lawyer or adviser with you.

## Errors

error-household-nobody = A household needs at least one adult or child (at most { $max } of each).
error-household-size = A household can have at most { $max } adults and { $max } children.
error-household-ages = Give an age from 0 to 17 for every child, or leave all ages empty (at most { $max } children).
error-explorer-no-rules = No rules in force on { $date }: the oldest period of rules starts later. Choose a later date.
