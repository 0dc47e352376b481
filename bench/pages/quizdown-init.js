// The bench's quizdown settings: questions and answers in source order (as the Netral page shows
// them), English interface (quizdown has no Indonesian).
quizdown.init({ shuffleAnswers: false, shuffleQuestions: false, locale: 'en' });
