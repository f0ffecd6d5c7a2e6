## Course plans for group sessions (assets/content/plans). Topic prompts are shown on the wall.

plan-three-days-title = Three-day course
plan-three-days-summary = Information in the morning, discussion in the afternoon; the third day is about return and a next step.
plan-three-days-day-1 = Day 1: your migration project and the four paths
plan-three-days-day-2 = Day 2: legalising the stay, moving on, staying without papers
plan-three-days-day-3 = Day 3: return, and a next step
plan-one-session-title = One group session
plan-one-session-summary = About three hours: the four paths side by side, and a next step.
plan-one-session-day-1 = The session

plan-topic-welcome = Welcome
plan-topic-welcome-prompt = This group is a safe place. You do not have to give your name. Nothing you say here is passed on to the authorities. You decide what you share.
plan-topic-four-pathways = Four possible paths
plan-topic-four-pathways-prompt = Legalising the stay, moving on to another country, returning to the country of origin, staying without papers. We look at all four, without pressure. You decide.
plan-topic-what-weighs = What weighs in your choice?
plan-topic-what-weighs-prompt = What matters most to you and your family? What makes a path feel possible, or impossible?
plan-topic-questions = Your questions
plan-topic-questions-prompt = What do you still want to know? Which questions should we ask a legal adviser or another service?
plan-topic-closing = Looking ahead
plan-topic-closing-prompt = What do you take with you from this course? What could be your next small step?
