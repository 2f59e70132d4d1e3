#include "app/lessoncommand.h"

#include "sim/lessons/lessoncatalog.h"
#include "sim/lessons/lessonplayer.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QCoreApplication>
#include <QTextStream>

namespace Slipway {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::LessonCommand)
};

int fail(const QString &message)
{
    QTextStream(stderr) << "slipway lesson: " << message << '\n';
    return 1;
}

QString indented(const QString &text, const QString &prefix)
{
    QStringList lines = text.split(u'\n');
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    for (QString &line : lines)
        line = line.trimmed().isEmpty() ? QString() : prefix + line;
    return lines.join(u'\n') + u'\n';
}

int listLessons(QTextStream &out)
{
    for (const Lesson &lesson : LessonCatalog::all()) {
        out << QStringLiteral("%1  %2").arg(lesson.number).arg(lesson.title.text()) << '\n'
            << indented(lesson.summary.text(), QStringLiteral("   "))
            << indented(
                   Tr::tr("%n step(s), scenario %1", nullptr, int(lesson.steps.size())).arg(lesson.scenario),
                   QStringLiteral("   "));
    }
    out << '\n' << Tr::tr("Run one with: slipway lesson run N [--speed X | --fast] [--lang ko]") << '\n';
    return 0;
}

void printObservation(QTextStream &out, const LessonObservation &o)
{
    out << '\n' << indented(o.state, QStringLiteral("    "));
    for (const LessonCheckResult &c : o.checks)
        out << QStringLiteral("  %1 %2\n")
                   .arg(c.holds ? QStringLiteral("✓") : QStringLiteral("✗"), c.description);
    if (!o.table.rows.isEmpty()) {
        out << QStringLiteral("    ") << o.table.headers.join(QStringLiteral(" | ")) << '\n';
        for (const LessonTableRow &row : o.table.rows)
            out << QStringLiteral("    ") << (QStringList{row.label} + row.cells).join(QStringLiteral(" | "))
                << '\n';
    }
    out.flush();
}

void connectPrinter(LessonPlayer &player, QTextStream &out)
{
    const Lesson &lesson = player.lesson();
    QObject::connect(&player, &LessonPlayer::stepStarted, &player,
                     [&out, &lesson, &player](int index, const QString &title) {
                         out << '\n'
                             << QStringLiteral("[%1/%2] %3  (+%4 s)")
                                    .arg(index + 1)
                                    .arg(lesson.steps.size())
                                    .arg(title)
                                    .arg(player.context().virtualSeconds())
                             << '\n';
                     });
    QObject::connect(&player, &LessonPlayer::narration, &player,
                     [&out](int, const QString &text, const QString &command) {
                         out << indented(text, QStringLiteral("  "));
                         if (!command.isEmpty())
                             out << indented(command, QStringLiteral("  $ "));
                         out.flush();
                     });
    QObject::connect(&player, &LessonPlayer::observation, &player,
                     [&out](const LessonObservation &o) { printObservation(out, o); });
    QObject::connect(&player, &LessonPlayer::log, &player,
                     [](const QString &line) { QTextStream(stderr) << "  " << line << '\n'; });
}

int runLesson(const Lesson &lesson, double speed, QTextStream &out)
{
    LessonPlayer player;
    if (!player.load(lesson))
        return fail(
            Tr::tr("cannot load the scenario of lesson %1: %2").arg(lesson.number).arg(player.error()));
    out << Tr::tr("Lesson %1: %2").arg(lesson.number).arg(lesson.title.text()) << '\n'
        << indented(lesson.summary.text(), QString());
    connectPrinter(player, out);
    bool allHeld = true;
    QObject::connect(&player, &LessonPlayer::stepFinished, &player,
                     [&allHeld](int, bool ok) { allHeld &= ok; });
    player.setSpeed(speed);
    if (speed == LessonPlayer::kAsFastAsPossible) {
        player.runToEnd();
    } else {
        QEventLoop loop;
        QObject::connect(&player, &LessonPlayer::finished, &loop, &QEventLoop::quit);
        player.play();
        loop.exec();
    }
    if (player.state() == LessonPlayer::State::Failed)
        return fail(player.error());
    out << '\n'
        << (allHeld
                ? Tr::tr("Lesson %1 finished: every check held.").arg(lesson.number)
                : Tr::tr("Lesson %1 finished, but some checks did not hold (✗ above).").arg(lesson.number))
        << '\n';
    return allHeld ? 0 : 2;
}

} // namespace

int runLessonCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "The CKA upgrade chapter's lessons on the practice cluster, for a terminal-only classroom.\n\n"
        "  slipway lesson list              the lessons\n"
        "  slipway lesson run N             play lesson N: each step's narration, command and the observed "
        "cluster state"));
    parser.addHelpOption();
    const QCommandLineOption speed(QStringLiteral("speed"),
                                   Tr::tr("Play at this multiple of real time, 1 to 600 (default 60)."),
                                   Tr::tr("factor"), QStringLiteral("60"));
    const QCommandLineOption fast(QStringLiteral("fast"), Tr::tr("Play as fast as possible."));
    parser.addOptions({speed, fast,
                       QCommandLineOption(QStringLiteral("lang"), Tr::tr("Language: en or ko."),
                                          QStringLiteral("language")),
                       QCommandLineOption(QStringLiteral("verbose"))});
    parser.addPositionalArgument(QStringLiteral("action"), Tr::tr("list or run"), QStringLiteral("list|run"));
    parser.addPositionalArgument(QStringLiteral("number"), Tr::tr("The lesson to run (1–6)."),
                                 QStringLiteral("[N]"));
    if (!parser.parse(arguments.mid(1)))
        return fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    QTextStream out(stdout);
    const QStringList args = parser.positionalArguments();
    if (args.value(0) == QLatin1String("list") && args.size() == 1)
        return listLessons(out);
    if (args.value(0) != QLatin1String("run") || args.size() != 2)
        return fail(
            Tr::tr("expected `slipway lesson list` or `slipway lesson run N`; see slipway lesson --help"));
    bool ok = false;
    const int number = args.at(1).toInt(&ok);
    const std::optional<Lesson> lesson = ok ? LessonCatalog::lesson(number) : std::nullopt;
    if (!lesson) {
        QStringList numbers;
        for (const Lesson &l : LessonCatalog::all())
            numbers << QString::number(l.number);
        return fail(Tr::tr("there is no lesson \"%1\"; the lessons are %2 (slipway lesson list)")
                        .arg(args.at(1), numbers.join(QStringLiteral(", "))));
    }
    double factor = LessonPlayer::kAsFastAsPossible;
    if (!parser.isSet(fast)) {
        factor = parser.value(speed).toDouble(&ok);
        if (!ok || factor < 1 || factor > 600)
            return fail(Tr::tr("--speed must be a number from 1 to 600, not \"%1\" (or use --fast)")
                            .arg(parser.value(speed)));
    }
    return runLesson(*lesson, factor, out);
}

} // namespace Slipway
