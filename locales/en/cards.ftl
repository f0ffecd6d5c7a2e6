# Pathway information cards (assets/content/cards/*.toml), their section headings and sources,
# and the basic needs shared by several exercises.
# Two tracks: "overview" sections are open and non-committal, for someone who has not decided;
# "details" sections are practical, for someone who has. Inform, never persuade.
# Facts as described in the source study (checked 2016-03-31); the organisation edits them.
# General legal facts that are not from the study cite the source "general-law" and stay general.
# Every overview ends its first section with the same sentence: no path is the only way.

## Basic needs (shared labels)

need-safety = Safety
need-living = A living
need-people = The people around me
need-health = Health care
need-self = Deciding for myself
need-school = School for the children

## Section headings (shared by all cards)

card-section-what = What it means
card-section-rights = Your rights
card-section-risks = Risks
card-section-advice = Where to get advice
card-section-ways = Ways to a residence permit
card-section-procedure = The procedure
card-section-waiting = While you wait
card-section-rules = The rules in Europe
card-section-conditions = Conditions
card-section-support = The support on offer
card-section-after = After the return
card-section-health = Health care
card-section-school = School
card-section-work = Work
card-section-detention = Checks and detention

## Sources

source-kuleuven-2016 = Nele Bossens and Eva Platteau, study of the awareness and image of the voluntary-return programme among undocumented migrants and the organisations around them (in Dutch, “bekendheid en imago van vrijwillige terugkeer”, with a French summary), commissioned by Fedasil. KU Leuven, Faculty of Social Sciences, 2016.
source-fedasil-2015 = Fedasil, the voluntary-return programme and its access criteria as they stood in 2015, as described in the KU Leuven study.
source-general-law = General information on Belgian and European law, not taken from the KU Leuven study: written in general terms by Avenir’s editors. A legal adviser tells you what applies to you.

## Legalising the stay

card-legalise-title = Legalising the stay
card-legalise-summary = Looking for a legal right to stay in Belgium.
card-legalise-overview-what = Legalising your stay means asking the Belgian authorities for a right to stay. There are several procedures, each with its own conditions. Whether one of them fits depends on your personal situation. Papers can be a way to build your future. This path is not the only way; looking at other paths in the meantime is not giving up.
card-legalise-overview-rights = Some procedures give you a temporary document or shelter while you wait; others do not. You have the right to a lawyer, free or at low cost if your income is low. Whatever your situation, your children can go to school. In most situations, if you cannot pay for care yourself, you can get urgent medical aid.
card-legalise-overview-risks = Procedures can take a long time, and the outcome is uncertain. A refusal can come with an order to leave the territory. Some procedures cost money or ask for documents that are hard to get. Be careful with anyone who promises papers in exchange for money.
card-legalise-overview-advice = Ask an independent legal adviser or a lawyer about your chances, before you start and while you wait. An NGO that supports people without papers can explain the procedures and help you find a lawyer. A good adviser speaks honestly about your chances and about the other paths.
card-legalise-details-ways = The main ways are asylum (international protection), regularisation on humanitarian grounds (9bis), regularisation on medical grounds for a serious illness (9ter), and family reunification. Victims of human trafficking or serious exploitation have a special procedure of their own, with the help of a specialised centre (Payoke in Antwerp, PAG-ASA in Brussels, Sürya in Liège). A permit for work or study usually has to be requested from abroad. Each way has strict conditions. Your adviser can tell you which one, if any, fits your situation.
card-legalise-details-procedure = Most applications are decided by the Immigration Office; asylum applications are examined by the Commissioner General for Refugees and Stateless Persons. You usually need identity documents, and for a regularisation an address where you really live. Some applications cost a fee. Against a refusal you can often appeal to the Council for Alien Law Litigation, within a short time limit. An appeal does not always stop an order to leave: ask your lawyer whether yours does. Keep copies of every letter and note every date.
card-legalise-details-waiting = Waiting can take months or even years. During some procedures you have a temporary document or shelter; during others you stay without papers, with basic rights such as urgent medical aid and school for the children. Use the time for yourself too: a language, a training, the people around you. Looking at other paths while you wait is not giving up.
card-legalise-details-advice = A lawyer handles your file; ask at the legal aid office of the bar (at the courthouse) whether you can have one free of charge. An NGO or a legal helpdesk can give a second opinion and explain the letters you receive. Ask your adviser what happens if the answer is no, and which options you would have then.

## Moving on

card-onward-title = Moving on
card-onward-summary = Continuing the journey to another country.
card-onward-overview-what = Moving on means trying to build your future in another country than Belgium or your country of origin. Some people have family there, speak the language or hope for better chances. The rules of that country will then apply to you. This path is not the only way; looking at other paths in the meantime is not giving up.
card-onward-overview-rights = Your rights depend on the country and on your status there. Without a residence permit, your rights there are usually as limited as in Belgium without papers. A right to stay in one European country does not give you the right to live in another.
card-onward-overview-risks = Travelling without the right documents carries risks: you can be stopped at a border, detained or sent back. Smugglers are expensive and can be dangerous. Under the European asylum rules, another country may send you back to the country that is responsible for your application. You may have to start again from nothing.
card-onward-overview-advice = Before you leave, ask an independent legal adviser which rules apply in the country you have in mind, and how your past procedures affect your chances there. An NGO that works with migrants can help you find reliable information and organisations in that country.
card-onward-details-rules = Inside the Schengen area there are few border checks, but to live and work in a country you need a right to stay there. The Dublin rules decide which European country handles an asylum application; often it is the first country you entered or where you first applied. Fingerprints taken in an asylum procedure are shared between European countries. This describes the Dublin rules as they stood in 2016. The EU Pact on Migration and Asylum, adopted in 2024 and applied from June 2026, changes these rules: ask a legal adviser what applies to you today.
card-onward-details-conditions = In some cases there is a legal way: family reunification with a family member who lives legally in another country, a work permit or a study visa. These usually have to be requested from outside that country, and ask for documents, income or a job offer. Your adviser can check whether one of them is open to you.
card-onward-details-risks = If you are stopped without a right to stay, you may be detained and sent back to Belgium or to your country of origin. Dangerous routes and smugglers put your safety and your money at risk. You would also leave behind the help you have in Belgium, such as a doctor, a school or a counsellor.
card-onward-details-advice = An independent legal adviser or a lawyer can explain the European asylum rules that apply today and what they mean for you. An NGO or a migrant organisation can put you in touch with reliable organisations in the other country. Be careful with advice from people who earn money from your journey.

## Return

card-return-title = Return
card-return-summary = Going back to your country of origin, with or without the support of the voluntary-return programme.
card-return-overview-what = Return means going back to your country of origin, if you choose to. You can travel on your own, or with the Belgian voluntary-return programme, which organises and pays the journey and can give some support afterwards. Asking for information does not commit you to anything. This path is not the only way; looking at other paths in the meantime is not giving up.
card-return-overview-rights = The programme is voluntary: the decision is yours, and you can take time to think. What you can get depends on your situation: help with the journey, a return premium, and sometimes support to make a new start. A return partner explains what applies to you before you decide.
card-return-overview-risks = Going back can be hard: the situation at home may have changed, and family may have expectations. The support is limited and is mostly given in kind, not in cash. Ask whether an entry ban applies in your situation and what it means if you want to come back to Europe later. If you fear danger in your country, speak to a legal adviser first.
card-return-overview-advice = A return desk or a return partner, such as Caritas International or IOM, explains the programme and what applies to you. You can ask for information without giving your name, or talk first to an NGO or a counsellor you trust, who can ask for you. The voluntary-return programme is run by Fedasil; it is not the Immigration Office, which deals with forced return. If you sign up, you give your name and identity documents, because the journey needs them: ask the return desk who receives your details and what they are used for. Talking about return does not mean you have decided.
card-return-details-support = In 2015 the programme offered: travel organised and paid (plane or bus), help to get travel documents, help at departure, in transit and on arrival, the cost of getting to the airport repaid, and a return premium of €250 per adult (€125 per child where it applies; not for people from countries whose nationals need no visa to enter Belgium). Depending on your situation, it added reintegration support of €700 per adult and €350 per child, which a European fund could raise by €1,500 per file, and extra help for vulnerable people. Reintegration support was given in kind through a local partner after return, to be used within 12 months, for example to start a small business, follow a training or rent a home. These are the 2015 amounts: a return partner confirms what applies today.
card-return-details-conditions = In 2015, what you could get depended on your country of origin, your residence situation, your situation in Belgium and your vulnerability (for example pregnancy, health problems, being a victim of trafficking, or a family with children). Help with the journey was already open to everyone without a right to stay, and the premium to most nationalities. In June 2015 the rules for reintegration support were simplified: rejected asylum seekers and other people whose procedure had ended and who had ever been given an order to leave could get reintegration support, without the former 12-month limit; and families with children under 18 count as vulnerable, so in principle they qualify for reintegration support whatever their status. People who never started a procedure in Belgium in principle got the journey and the premium only, with exceptions for vulnerable people. A return partner tells you what applies to you today.
card-return-details-after = After your arrival, a local partner of IOM or Caritas helps you carry out your plan. The support is not paid in cash: the partner pays for what the plan needs, such as goods for a small business, a training, rent or medical costs, and in principle it must be used within 12 months. The partner follows your project for about a year. Talking to people who have returned can help you prepare.
card-return-details-advice = To sign up, or to check what applies to you, contact a return desk or a return partner such as Caritas International, IOM or a partner NGO or social service. If a procedure is still running, or if you fear danger at home, speak to an independent legal adviser or a lawyer first. Take the time you need; ask about training before departure and about follow-up after return.

## Staying without papers

card-undocumented-title = Staying without papers
card-undocumented-summary = Staying in Belgium without a residence permit, for now.
card-undocumented-overview-what = Staying without papers means living in Belgium without a right to stay, for a while or for longer. Many people live like this while they wait, hope for a change or look for another way. It is a situation with some basic rights and with real limits. This path is not the only way; looking at other paths in the meantime is not giving up.
card-undocumented-overview-rights = Even without papers, you have rights. If you cannot pay for care yourself, you can usually get urgent medical aid through the social service of your municipality (the CPAS or OCMW). Children have the right to go to school. You have the right to a lawyer, and to be paid for work you have done.
card-undocumented-overview-risks = Life without papers is often insecure: you may not work legally, income and housing are unstable, and some employers or landlords take advantage of people without papers. If the police check your identity, you can be given an order to leave or be taken to a closed centre. Years of waiting can wear you down; talking with someone you trust can help.
card-undocumented-overview-advice = An NGO that supports people without papers can explain your rights and help with practical matters. The social service of your municipality (CPAS or OCMW) decides on urgent medical aid. An independent legal adviser or a lawyer can check whether a procedure is possible for you.
card-undocumented-details-health = Urgent medical aid covers more than emergencies: it can include a doctor, medicines and hospital care, to prevent illness as well as to treat it. You ask for it at the CPAS or OCMW of the municipality where you live; they check your situation, sometimes with a home visit, and a doctor confirms that the care is needed. A medical NGO can help if you are refused or do not know where to go.
card-undocumented-details-school = All children who live in Belgium, with or without papers, have the right to go to school, and education is compulsory from 5 to 18 years of age. A school does not need residence papers to enrol a child. An NGO or the school itself can help with enrolment and with questions about costs.
card-undocumented-details-work = Without a residence permit you are not allowed to work. People who work anyway are often badly paid or treated unfairly, and a check at work can lead to an order to leave. You still have the right to be paid for work you have done. A trade union or an NGO can inform you confidentially and help you claim your wages.
card-undocumented-details-detention = The police can check your identity. If you have no right to stay, you can be given an order to leave the territory, and you can be held in a closed centre while a forced return is prepared. You have the right to a lawyer, also in a closed centre, and to contest the decision. Keep the name and contact details of your lawyer or adviser with you.
card-undocumented-details-advice = Keep in touch with a lawyer or legal adviser you trust. An NGO can help with urgent medical aid, school enrolment and shelter, and explain letters from the authorities. If the CPAS or OCMW refuses urgent medical aid, an NGO or a lawyer can help you contest the decision.
