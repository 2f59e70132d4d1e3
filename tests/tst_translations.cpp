// Every user-visible string has a Korean translation, and placeholders survive translation.
#include "ui/translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using Slipway::installTranslations;

class TestTranslations : public QObject
{
    Q_OBJECT

    struct Message
    {
        QString context, source, translation;
        QStringList numerusForms;
        bool unfinished = false;
        bool numerus = false;
    };

    static QList<Message> read(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot open %s", qPrintable(path));
        QXmlStreamReader xml(&file);
        QList<Message> messages;
        QString context;
        Message current;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("message")) {
                current = Message{
                    context, {},    {},
                    {},      false, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
            } else if (xml.name() == QLatin1String("source"))
                current.source = xml.readElementText();
            else if (xml.name() == QLatin1String("translation")) {
                const auto type = xml.attributes().value(QLatin1String("type"));
                current.unfinished = type == QLatin1String("unfinished");
                if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                    continue;
                if (current.numerus) {
                    while (xml.readNextStartElement())
                        current.numerusForms << xml.readElementText();
                } else {
                    current.translation = xml.readElementText();
                }
                messages << current;
            }
        }
        return messages;
    }

    static QStringList placeholders(const QString &text)
    {
        static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
        QStringList found;
        for (auto it = re.globalMatch(text); it.hasNext();)
            found << it.next().captured(0);
        found.sort();
        found.removeDuplicates();
        return found;
    }

private Q_SLOTS:
    void koreanIsComplete()
    {
        const auto messages = read(QStringLiteral(SLIPWAY_SOURCE_DIR "/translations/slipway_ko.ts"));
        QVERIFY(messages.size() > 50);
        QStringList missing;
        for (const auto &m : messages) {
            const bool empty = m.numerus ? (m.numerusForms.isEmpty() || m.numerusForms.constFirst().isEmpty())
                                         : m.translation.isEmpty();
            if (m.unfinished || empty)
                missing << m.context + QStringLiteral(": ") + m.source;
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(
                     QStringLiteral("%1 untranslated (run scripts/update-translations.sh, then translate):\n")
                         .arg(missing.size()) +
                     missing.mid(0, 20).join(QLatin1Char('\n'))));
    }

    void koreanKeepsPlaceholders()
    {
        QStringList broken;
        for (const auto &m : read(QStringLiteral(SLIPWAY_SOURCE_DIR "/translations/slipway_ko.ts"))) {
            const QStringList forms = m.numerus ? m.numerusForms : QStringList{m.translation};
            for (const QString &form : forms) {
                if (!form.isEmpty() && placeholders(form) != placeholders(m.source))
                    broken << m.source + QStringLiteral(" → ") + form;
            }
        }
        QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QLatin1Char('\n'))));
    }

    void englishPluralsAreFilled()
    {
        for (const auto &m : read(QStringLiteral(SLIPWAY_SOURCE_DIR "/translations/slipway_en.ts"))) {
            if (!m.numerus)
                continue;
            QVERIFY2(m.numerusForms.size() == 2 && !m.numerusForms.at(0).isEmpty() &&
                         !m.numerusForms.at(1).isEmpty(),
                     qPrintable(m.source));
            QVERIFY2(!m.numerusForms.at(0).contains(QStringLiteral("(s)")), qPrintable(m.source));
        }
    }

    // Switching the language replaces the catalogs instead of stacking them: a Korean translator
    // left installed would answer for every string the English catalog lacks.
    void installingAgainReplacesTheCatalogs()
    {
        const auto nothingToDo = [] {
            return QCoreApplication::translate("Slipway::UpgradePlanner", "Nothing to do.");
        };
        QCOMPARE(installTranslations(QCoreApplication::instance(), QStringLiteral("ko")),
                 QStringLiteral("ko"));
        QCOMPARE(nothingToDo(), QStringLiteral("할 작업이 없습니다."));
        const qsizetype translators = QCoreApplication::instance()->findChildren<QTranslator *>().size();
        QCOMPARE(installTranslations(QCoreApplication::instance(), QStringLiteral("ko")),
                 QStringLiteral("ko"));
        QCOMPARE(QCoreApplication::instance()->findChildren<QTranslator *>().size(), translators);
        QCOMPARE(installTranslations(QCoreApplication::instance(), QStringLiteral("en")),
                 QStringLiteral("en"));
        QCOMPARE(nothingToDo(), QStringLiteral("Nothing to do."));
        QCOMPARE(installTranslations(QCoreApplication::instance(), QStringLiteral("ko")),
                 QStringLiteral("ko"));
        QCOMPARE(nothingToDo(), QStringLiteral("할 작업이 없습니다."));
        installTranslations(QCoreApplication::instance(), QStringLiteral("en"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
