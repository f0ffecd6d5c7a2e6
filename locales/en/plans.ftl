## Course plans for group sessions (assets/content/plans). Topic prompts are shown on the wall.

plan-three-days-title = Three-day course
plan-three-days-summary = Information in the morning, discussion in the afternoon, with lunch, time for interpreting and optional guests; the third day, announced in advance, is about return and a next step.
plan-three-days-day-1 = Day 1: your migration project and the four paths
plan-three-days-day-2 = Day 2: legalising the stay, moving on, staying without papers
plan-three-days-day-3 = Day 3: return, and a next step
plan-one-session-title = One group session
plan-one-session-summary = About three hours: the four paths side by side, and a next step.
plan-one-session-day-1 = The session

plan-topic-welcome = Welcome
plan-topic-welcome-prompt = We want this group to be a safe place. You do not have to give your name. We, the organisers, never pass on what you say to the Immigration Office or the police. Please keep what others say here to yourselves. You decide what you share.
plan-topic-four-pathways = Four possible paths
plan-topic-four-pathways-prompt = Legalising the stay, moving on to another country, returning to the country of origin, staying without papers. We look at all four, without pressure. You decide.
plan-topic-what-weighs = What weighs in your choice?
plan-topic-what-weighs-prompt = What matters most to you and your family? What makes a path feel possible, or impossible?
plan-topic-questions = Your questions
plan-topic-questions-prompt = What do you still want to know? Which questions should we ask a legal adviser or another service?
plan-topic-closing = Looking ahead
plan-topic-closing-prompt = What do you take with you from this course? What could be your next small step?

## Guests (optional blocks of a course). The prompt says on the wall what the guest talks about.

plan-guest-legal-adviser = A legal adviser
plan-guest-legal-adviser-prompt = A legal adviser explains the procedures and answers questions about rights and chances. You can ask a question without saying that it is about you.
plan-guest-return-partner = A return partner
plan-guest-return-partner-prompt = Someone from a return organisation explains the voluntary-return programme and the support on offer. Asking questions does not commit you to anything, and you do not have to give your name.
plan-guest-returnee = Someone who went back
plan-guest-returnee-prompt = A person who went back to their country tells their own story: what was hard and what helped. It is one person’s experience, not advice. You can ask questions or just listen.
