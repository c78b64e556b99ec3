import HexaglotCore
import Testing
@testable import HexaglotText

/// More sentences from letters and reports, one list per language: titles before names,
/// abbreviations before numbers, URLs and e-mail addresses, quotes, lists, amounts.
@Suite struct SentenceSegmenterMoreCases {
    static let frenchCases: [SegmentationCase] = [
        .init(.fr, "Le Conseil a décidé: 1. d'approuver le budget; 2. d'adopter le plan. Il a pris note du rapport.",
              ["Le Conseil a décidé: 1. d'approuver le budget; 2. d'adopter le plan.", "Il a pris note du rapport."]),
        .init(.fr, "La permanence est ouverte du lun. au ven. Elle répond par courriel. Rendez-vous le ven. 5 mars.",
              ["La permanence est ouverte du lun. au ven.", "Elle répond par courriel.", "Rendez-vous le ven. 5 mars."]),
        .init(.fr, "M. Dupont est arrivé à 10 h 30. Il a rencontré Mme Martin, p. ex. au sujet de l'art. 5 du Règlement.",
              ["M. Dupont est arrivé à 10 h 30.", "Il a rencontré Mme Martin, p. ex. au sujet de l'art. 5 du Règlement."]),
        .init(.fr, "Voir la Résolution 71 (Rév. Dubaï, 2018), le document C19/35 et la page www.itu.int/fr/Pages/default.aspx. Merci de votre attention!",
              ["Voir la Résolution 71 (Rév. Dubaï, 2018), le document C19/35 et la page www.itu.int/fr/Pages/default.aspx.", "Merci de votre attention!"]),
        .init(.fr, "Le budget s'élève à 1 234,56 CHF, soit 3,5 % de plus qu'en 2019. La séance est levée à 17 h.",
              ["Le budget s'élève à 1 234,56 CHF, soit 3,5 % de plus qu'en 2019.", "La séance est levée à 17 h."]),
        .init(.fr, "Elle a dit: « C'est fini. » Puis elle est partie… Et nous sommes restés. Est-ce vrai ? Oui !",
              ["Elle a dit: « C'est fini. »", "Puis elle est partie…", "Et nous sommes restés.", "Est-ce vrai ?", "Oui !"]),
        .init(.fr, "Cf. le doc. n° 5 et le paragraphe 3.2.1 de l'Annexe A. Les États Membres etc. sont invités à participer.",
              ["Cf. le doc. n° 5 et le paragraphe 3.2.1 de l'Annexe A.", "Les États Membres etc. sont invités à participer."]),
        .init(.fr, "Les points suivants ont été examinés : a) le budget ; b) le plan stratégique. Réf. : CL-19/73.",
              ["Les points suivants ont été examinés : a) le budget ; b) le plan stratégique.", "Réf. : CL-19/73."]),
        .init(.fr, "Pour toute question, écrire à secretariat@itu.int. La Conférence aura lieu du 1er au 3 mars.",
              ["Pour toute question, écrire à secretariat@itu.int.", "La Conférence aura lieu du 1er au 3 mars."]),
        .init(.fr, "S.E. M. Houlin Zhao, Secrétaire général de l'UIT, a ouvert la séance. Le Pr Martin et le Dr Durand étaient présents.",
              ["S.E. M. Houlin Zhao, Secrétaire général de l'UIT, a ouvert la séance.", "Le Pr Martin et le Dr Durand étaient présents."]),
        .init(.fr, "Voir le chap. 3, fig. 2 et tabl. 4, ainsi que les p. 12 à 15 (cf. éd. 2019). Le vol. 2 paraîtra env. en mai.",
              ["Voir le chap. 3, fig. 2 et tabl. 4, ainsi que les p. 12 à 15 (cf. éd. 2019).", "Le vol. 2 paraîtra env. en mai."]),
        .init(.fr, "Il est né en 1950 av. J.-C. selon la légende. C'est-à-dire, c.-à-d. jamais.",
              ["Il est né en 1950 av. J.-C. selon la légende.", "C'est-à-dire, c.-à-d. jamais."]),
        .init(.fr, "(Voir l'annexe.) La suite est ici. Le texte est disponible sur https://www.itu.int/fr/ITU-D/Pages/default.aspx. Merci.",
              ["(Voir l'annexe.)", "La suite est ici.", "Le texte est disponible sur https://www.itu.int/fr/ITU-D/Pages/default.aspx.", "Merci."]),
    ]

    static let englishCases: [SegmentationCase] = [
        .init(.en, "The Council decided: 1. to approve the budget; 2. to adopt the plan. It also noted the report.",
              ["The Council decided: 1. to approve the budget; 2. to adopt the plan.", "It also noted the report."]),
        .init(.en, "The hotline is open from Mon. to Fri. It can be reached by phone. See you on Fri. 5 March.",
              ["The hotline is open from Mon. to Fri.", "It can be reached by phone.", "See you on Fri. 5 March."]),
        .init(.en, "Mr. Smith met Dr. Jones at 10 a.m. on Monday. They discussed Art. 5 of the Convention.",
              ["Mr. Smith met Dr. Jones at 10 a.m. on Monday.", "They discussed Art. 5 of the Convention."]),
        .init(.en, "See Resolution 200 (Rev. Dubai, 2018) and Doc. No. 5 at www.itu.int/en/Pages/default.aspx. Thank you!",
              ["See Resolution 200 (Rev. Dubai, 2018) and Doc. No. 5 at www.itu.int/en/Pages/default.aspx.", "Thank you!"]),
        .init(.en, "The budget is CHF 1,234.56, i.e. 3.5% more than in 2019. The meeting ended at 5 p.m. The next one is in June.",
              ["The budget is CHF 1,234.56, i.e. 3.5% more than in 2019.", "The meeting ended at 5 p.m.", "The next one is in June."]),
        .init(.en, "She said, \"It's over.\" Then she left... We stayed. Is it true? Yes!",
              ["She said, \"It's over.\"", "Then she left...", "We stayed.", "Is it true?", "Yes!"]),
        .init(.en, "The U.S. delegation, the U.K. and the E.U. attended, e.g. on item 3. See pp. 12-15 of vol. 2.",
              ["The U.S. delegation, the U.K. and the E.U. attended, e.g. on item 3.", "See pp. 12-15 of vol. 2."]),
        .init(.en, "The following were considered: (a) the budget; (b) the strategic plan. Ref.: CL-19/73.",
              ["The following were considered: (a) the budget; (b) the strategic plan.", "Ref.: CL-19/73."]),
        .init(.en, "Approx. 5 million people. Fig. 3 shows the trend. Sec. 4.1 explains it. St. Petersburg hosted the event.",
              ["Approx. 5 million people.", "Fig. 3 shows the trend.", "Sec. 4.1 explains it.", "St. Petersburg hosted the event."]),
        .init(.en, "H.E. Mr. Houlin Zhao opened the meeting. Prof. Martin and Mrs. Durand attended.",
              ["H.E. Mr. Houlin Zhao opened the meeting.", "Prof. Martin and Mrs. Durand attended."]),
        .init(.en, "See Chap. 3, Fig. 2 and Table 4 (cf. ed. 2019). Vol. 2 will appear approx. in May. (See the annex.) The rest follows.",
              ["See Chap. 3, Fig. 2 and Table 4 (cf. ed. 2019).", "Vol. 2 will appear approx. in May.", "(See the annex.)", "The rest follows."]),
        .init(.en, "He said \"No.\" Then he left. No. 5 is missing. It costs US$ 5.5 million, vs. 4.2 million last year.",
              ["He said \"No.\"", "Then he left.", "No. 5 is missing.", "It costs US$ 5.5 million, vs. 4.2 million last year."]),
        .init(.en, "The deadline is 31 Jan. 2020. Please reply by e-mail. The text is at https://www.itu.int/en/ITU-D/Pages/default.aspx. Thanks.",
              ["The deadline is 31 Jan. 2020.", "Please reply by e-mail.", "The text is at https://www.itu.int/en/ITU-D/Pages/default.aspx.", "Thanks."]),
        .init(.en, "Ms. Lee, Jr. and Sr. staff, St. John's, Mt. Everest, Ave. Louis-Casaï and Corp. offices were listed.",
              ["Ms. Lee, Jr. and Sr. staff, St. John's, Mt. Everest, Ave. Louis-Casaï and Corp. offices were listed."]),
    ]

    static let spanishCases: [SegmentationCase] = [
        .init(.es, "El Consejo decidió: 1. aprobar el presupuesto; 2. adoptar el plan. También tomó nota del informe.",
              ["El Consejo decidió: 1. aprobar el presupuesto; 2. adoptar el plan.", "También tomó nota del informe."]),
        .init(.es, "El Sr. García y la Sra. López se reunieron con el Dr. Pérez. Hablaron del art. 5 del Reglamento.",
              ["El Sr. García y la Sra. López se reunieron con el Dr. Pérez.", "Hablaron del art. 5 del Reglamento."]),
        .init(.es, "Véase la Resolución 200 (Rev. Dubái, 2018) y el Doc. núm. 5 en www.itu.int/es. ¡Gracias!",
              ["Véase la Resolución 200 (Rev. Dubái, 2018) y el Doc. núm. 5 en www.itu.int/es.", "¡Gracias!"]),
        .init(.es, "El presupuesto asciende a 1.234,56 CHF, es decir, un 3,5 % más que en 2019. ¿Está claro? Sí.",
              ["El presupuesto asciende a 1.234,56 CHF, es decir, un 3,5 % más que en 2019.", "¿Está claro?", "Sí."]),
        .init(.es, "Véase la pág. 12, p. ej. el párr. 3. Los EE.UU. y la UE participaron. La reunión terminó a las 17.00 h.",
              ["Véase la pág. 12, p. ej. el párr. 3.", "Los EE.UU. y la UE participaron.", "La reunión terminó a las 17.00 h."]),
        .init(.es, "Dijo: «Se acabó.» Luego se fue… Nosotros nos quedamos. Ref.: CL-19/73.",
              ["Dijo: «Se acabó.»", "Luego se fue…", "Nosotros nos quedamos.", "Ref.: CL-19/73."]),
        .init(.es, "Escriba a secretaria@itu.int. La Conferencia tendrá lugar del 1 al 3 de marzo, etc. Gracias por su atención.",
              ["Escriba a secretaria@itu.int.", "La Conferencia tendrá lugar del 1 al 3 de marzo, etc.", "Gracias por su atención."]),
        .init(.es, "El Excmo. Sr. Houlin Zhao, Secretario General de la UIT, abrió la sesión. La Dra. Martín y el Prof. Durán asistieron.",
              ["El Excmo. Sr. Houlin Zhao, Secretario General de la UIT, abrió la sesión.", "La Dra. Martín y el Prof. Durán asistieron."]),
        .init(.es, "Véase el cap. 3, fig. 2 y la tabla 4 (cf. ed. 2019). El vol. 2 aparecerá aprox. en mayo. Ud. y Uds. están invitados.",
              ["Véase el cap. 3, fig. 2 y la tabla 4 (cf. ed. 2019).", "El vol. 2 aparecerá aprox. en mayo.", "Ud. y Uds. están invitados."]),
        .init(.es, "Los Sres. Pérez y Gómez llegaron a las 10 a. m. y se fueron a las 5 p. m. La Av. de la Paz está cerrada.",
              ["Los Sres. Pérez y Gómez llegaron a las 10 a. m. y se fueron a las 5 p. m.", "La Av. de la Paz está cerrada."]),
        .init(.es, "El plazo vence el 31 de ene. de 2020. Consulte https://www.itu.int/es/ITU-D/Pages/default.aspx. Gracias.",
              ["El plazo vence el 31 de ene. de 2020.", "Consulte https://www.itu.int/es/ITU-D/Pages/default.aspx.", "Gracias."]),
    ]

    static let russianCases: [SegmentationCase] = [
        .init(.ru, "Совет постановил: 1. утвердить бюджет; 2. принять план. Он также принял к сведению отчет.",
              ["Совет постановил: 1. утвердить бюджет; 2. принять план.", "Он также принял к сведению отчет."]),
        .init(.ru, "Обращайтесь к г-ну Дж. Смиту по тел. +41 22 730 5111. Спасибо.",
              ["Обращайтесь к г-ну Дж. Смиту по тел. +41 22 730 5111.", "Спасибо."]),
        .init(.ru, "Г-н Иванов встретился с г-жой Петровой в 10 ч. 30 мин. Они обсудили ст. 5 Устава.",
              ["Г-н Иванов встретился с г-жой Петровой в 10 ч. 30 мин.", "Они обсудили ст. 5 Устава."]),
        .init(.ru, "См. Резолюцию 200 (Пересм. Дубай, 2018 г.) и док. № 5 на сайте www.itu.int/ru. Спасибо!",
              ["См. Резолюцию 200 (Пересм. Дубай, 2018 г.) и док. № 5 на сайте www.itu.int/ru.", "Спасибо!"]),
        .init(.ru, "Бюджет составляет 1 234,56 шв. фр., т. е. на 3,5% больше, чем в 2019 г. Заседание закрыто.",
              ["Бюджет составляет 1 234,56 шв. фр., т. е. на 3,5% больше, чем в 2019 г.", "Заседание закрыто."]),
        .init(.ru, "Она сказала: «Всё кончено». Потом ушла… Мы остались. Это правда? Да!",
              ["Она сказала: «Всё кончено».", "Потом ушла…", "Мы остались.", "Это правда?", "Да!"]),
        .init(.ru, "А. С. Пушкин родился в 1799 г. в Москве. В 2019 г. Совет принял решение и т. д. Далее.",
              ["А. С. Пушкин родился в 1799 г. в Москве.", "В 2019 г. Совет принял решение и т. д.", "Далее."]),
        .init(.ru, "Рассмотрены следующие вопросы: а) бюджет; б) стратегический план. Исх.: CL-19/73.",
              ["Рассмотрены следующие вопросы: а) бюджет; б) стратегический план.", "Исх.: CL-19/73."]),
        .init(.ru, "Пишите на secretariat@itu.int. Конференция пройдет 1–3 марта 2020 г. в Женеве.",
              ["Пишите на secretariat@itu.int.", "Конференция пройдет 1–3 марта 2020 г. в Женеве."]),
        .init(.ru, "Проф. Иванов и акад. Петров выступили на заседании. Напр., они обсудили гл. 3 и п. 5 разд. 2.",
              ["Проф. Иванов и акад. Петров выступили на заседании.", "Напр., они обсудили гл. 3 и п. 5 разд. 2."]),
        .init(.ru, "См. табл. 4, рис. 2 и прил. 1 (т.е. все материалы). Он живет на ул. Ленина, д. 5. Стоимость составила 5 млрд руб.",
              ["См. табл. 4, рис. 2 и прил. 1 (т.е. все материалы).", "Он живет на ул. Ленина, д. 5.", "Стоимость составила 5 млрд руб."]),
        .init(.ru, "Делегации России, Китая и др. приняли участие. Т. е. все согласились. Т.к. решение принято, заседание закрыто.",
              ["Делегации России, Китая и др. приняли участие.", "Т. е. все согласились.", "Т.к. решение принято, заседание закрыто."]),
        .init(.ru, "Текст доступен по адресу https://www.itu.int/ru/ITU-D/Pages/default.aspx. Спасибо.",
              ["Текст доступен по адресу https://www.itu.int/ru/ITU-D/Pages/default.aspx.", "Спасибо."]),
    ]

    static let arabicCases: [SegmentationCase] = [
        .init(.ar, "قرر المجلس ما يلي: 1. الموافقة على الميزانية؛ 2. اعتماد الخطة. وأحاط علماً بالتقرير.",
              ["قرر المجلس ما يلي: 1. الموافقة على الميزانية؛ 2. اعتماد الخطة.", "وأحاط علماً بالتقرير."]),
        .init(.ar, "يسرني أن أبلغكم بأن موضوع اليوم العالمي هو \"توصيل 2030\". وسيُحتفل به في 17 مايو 2020.",
              ["يسرني أن أبلغكم بأن موضوع اليوم العالمي هو \"توصيل 2030\".", "وسيُحتفل به في 17 مايو 2020."]),
        .init(.ar, "انظر القرار 200 (المراجَع في دبي، 2018) والوثيقة رقم 5. هل هذا صحيح؟ نعم!",
              ["انظر القرار 200 (المراجَع في دبي، 2018) والوثيقة رقم 5.", "هل هذا صحيح؟", "نعم!"]),
        .init(.ar, "تبلغ الميزانية ١٬٢٣٤٫٥٦ فرنك سويسري، أي بزيادة ٣٫٥٪ عن عام ٢٠١٩. انتهى الاجتماع.",
              ["تبلغ الميزانية ١٬٢٣٤٫٥٦ فرنك سويسري، أي بزيادة ٣٫٥٪ عن عام ٢٠١٩.", "انتهى الاجتماع."]),
        .init(.ar, "للاستفسار، يرجى الكتابة إلى secretariat@itu.int. وسيعقد المؤتمر في جنيف.",
              ["للاستفسار، يرجى الكتابة إلى secretariat@itu.int.", "وسيعقد المؤتمر في جنيف."]),
        .init(.ar, "د. أحمد حضر الاجتماع. وقال: «انتهى الأمر.» ثم غادر...",
              ["د. أحمد حضر الاجتماع.", "وقال: «انتهى الأمر.»", "ثم غادر..."]),
        .init(.ar, "حضر الاجتماع ممثلو الدول الأعضاء وأعضاء القطاعات إلخ. وناقشوا خطة العمل.",
              ["حضر الاجتماع ممثلو الدول الأعضاء وأعضاء القطاعات إلخ.", "وناقشوا خطة العمل."]),
        .init(.ar, "يرجى زيارة الموقع https://www.itu.int/ar/Pages/default.aspx. شكراً لكم!",
              ["يرجى زيارة الموقع https://www.itu.int/ar/Pages/default.aspx.", "شكراً لكم!"]),
        .init(.ar, "المادة 5 من الدستور واضحة. هل توافقون على ذلك؟ نعم؛ نوافق.",
              ["المادة 5 من الدستور واضحة.", "هل توافقون على ذلك؟", "نعم؛ نوافق."]),
    ]

    static let chineseCases: [SegmentationCase] = [
        .init(.zh, "理事会决定：1. 批准预算；2. 通过计划。理事会还注意到了报告。",
              ["理事会决定：1. 批准预算；2. 通过计划。", "理事会还注意到了报告。"]),
        .init(.zh, "我荣幸地通知您，2020年世界电信和信息社会日的主题是“连通目标2030：信息通信技术促进可持续发展目标”。该活动将于5月17日举行。",
              ["我荣幸地通知您，2020年世界电信和信息社会日的主题是“连通目标2030：信息通信技术促进可持续发展目标”。", "该活动将于5月17日举行。"]),
        .init(.zh, "请参阅第200号决议（2018年，迪拜，修订版）。谢谢！这是真的吗？是的。",
              ["请参阅第200号决议（2018年，迪拜，修订版）。", "谢谢！", "这是真的吗？", "是的。"]),
        .init(.zh, "预算为1,234.56瑞士法郎，即比2019年增加3.5%。会议结束了……我们留下了。",
              ["预算为1,234.56瑞士法郎，即比2019年增加3.5%。", "会议结束了……我们留下了。"]),
        .init(.zh, "他说：“结束了。”然后离开了。请发送电子邮件至secretariat@itu.int。详情见www.itu.int/zh。",
              ["他说：“结束了。”", "然后离开了。", "请发送电子邮件至secretariat@itu.int。", "详情见www.itu.int/zh。"]),
        .init(.zh, "以下事项已审议：（a）预算；（b）战略规划。文号：CL-19/73。",
              ["以下事项已审议：（a）预算；（b）战略规划。", "文号：CL-19/73。"]),
        .init(.zh, "国际电联秘书长赵厚麟先生宣布会议开幕。Mr. Zhao opened the meeting. 会议随后开始。",
              ["国际电联秘书长赵厚麟先生宣布会议开幕。", "Mr. Zhao opened the meeting.", "会议随后开始。"]),
        .init(.zh, "详见第3章、图2和表4（参见2019年版）。第2卷将于5月出版！请访问https://www.itu.int/zh/Pages/default.aspx。谢谢。",
              ["详见第3章、图2和表4（参见2019年版）。", "第2卷将于5月出版！", "请访问https://www.itu.int/zh/Pages/default.aspx。", "谢谢。"]),
        .init(.zh, "他问道：“你来吗？”她回答说：“来。”我们出发了！",
              ["他问道：“你来吗？”", "她回答说：“来。”", "我们出发了！"]),
    ]

    @Test(arguments: frenchCases) func french(_ c: SegmentationCase) throws {
        #expect(try segment(c) == c.expected)
    }
    @Test(arguments: englishCases) func english(_ c: SegmentationCase) throws {
        #expect(try segment(c) == c.expected)
    }
    @Test(arguments: spanishCases) func spanish(_ c: SegmentationCase) throws {
        #expect(try segment(c) == c.expected)
    }
    @Test(arguments: russianCases) func russian(_ c: SegmentationCase) throws {
        #expect(try segment(c) == c.expected)
    }
    @Test(arguments: arabicCases) func arabic(_ c: SegmentationCase) throws {
        #expect(try segment(c) == c.expected)
    }
    @Test(arguments: chineseCases) func chinese(_ c: SegmentationCase) throws {
        #expect(try segment(c) == c.expected)
    }
}
