#include "cli/CommandLine.h"
#include "cli/ExitCode.h"
#include "core/Edition.h"

#include <QTest>

class TestCommandLine : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code;
        QString out;
        QString err;
    };

    static Run run(const QStringList& args)
    {
        QString out, err;
        QTextStream outStream(&out), errStream(&err);
        CommandIo io{outStream, errStream, nullptr};
        CommandLine commandLine;
        const int code = commandLine.run(QStringList{QStringLiteral("kkt-deploy")} + args, io);
        outStream.flush();
        errStream.flush();
        return {code, out, err};
    }

private slots:
    void headlessOrGui_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("headless");
        QTest::newRow("nothing") << QStringList{} << false;
        QTest::newRow("lang only") << QStringList{QStringLiteral("--lang"), QStringLiteral("ru")} << false;
        QTest::newRow("lang=") << QStringList{QStringLiteral("--lang=en")} << false;
        QTest::newRow("qt platform") << QStringList{QStringLiteral("-platform"), QStringLiteral("offscreen")}
                                     << false;
        QTest::newRow("command") << QStringList{QStringLiteral("validate"), QStringLiteral("x.json")} << true;
        QTest::newRow("help") << QStringList{QStringLiteral("--help")} << true;
        QTest::newRow("version") << QStringList{QStringLiteral("--version")} << true;
        QTest::newRow("lang and command")
            << QStringList{QStringLiteral("--lang"), QStringLiteral("ru"), QStringLiteral("validate")}
            << true;
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << true;
    }
    void headlessOrGui()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, headless);
        QCOMPARE(CommandLine::isHeadless(QStringList{QStringLiteral("kkt-deploy")} + args), headless);
    }

    void language()
    {
        QString error;
        QCOMPARE(CommandLine::language({QStringLiteral("k"), QStringLiteral("--lang"), QStringLiteral("ru")},
                                       &error),
                 QStringLiteral("ru"));
        QCOMPARE(CommandLine::language({QStringLiteral("k"), QStringLiteral("--lang=en")}, &error),
                 QStringLiteral("en"));
        QVERIFY(error.isEmpty());
        QVERIFY(CommandLine::language({QStringLiteral("k")}, &error).isEmpty());
        CommandLine::language({QStringLiteral("k"), QStringLiteral("--lang"), QStringLiteral("de")}, &error);
        QVERIFY(error.contains(QStringLiteral("de")));
        QVERIFY(error.contains(QStringLiteral("--lang ru")));
        CommandLine::language({QStringLiteral("k"), QStringLiteral("--lang")}, &error);
        QVERIFY(!error.isEmpty());
        QCOMPARE(CommandLine::withoutLanguage({QStringLiteral("k"), QStringLiteral("--lang"),
                                               QStringLiteral("ru"), QStringLiteral("validate")}),
                 (QStringList{QStringLiteral("k"), QStringLiteral("validate")}));
    }

    void helpListsCommandsAndExitCodes()
    {
        const Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.code, int(ExitOk));
        QVERIFY(r.out.contains(QStringLiteral("validate")));
        QVERIFY(r.out.contains(QStringLiteral("Exit codes")));
        QCOMPARE(run({}).code, int(ExitOk));
    }

    void version()
    {
        const Run r = run({QStringLiteral("--version")});
        QCOMPARE(r.code, int(ExitOk));
        QCOMPARE(r.out.trimmed(), QStringLiteral("kkt-deploy " KKT_VERSION));
    }

    void unknownCommand()
    {
        const Run r = run({QStringLiteral("frobnicate")});
        QCOMPARE(r.code, int(ExitUsage));
        QVERIFY(r.err.contains(QStringLiteral("frobnicate")));
        QVERIFY(r.err.contains(QStringLiteral("--help")));
    }

    void commandHelp()
    {
        const Run r = run({QStringLiteral("validate"), QStringLiteral("--help")});
        QCOMPARE(r.code, int(ExitOk));
        QVERIFY(r.out.contains(QStringLiteral("kkt-deploy validate")));
        QVERIFY(r.out.contains(QStringLiteral("--json")));
    }

    void clientEditionNamesItself()
    {
        // kkt-deploy-client's usage, command help and version name kkt-deploy-client.
        Edition::set(Edition::Kind::SelfService);
        const Run help = run({QStringLiteral("--help")});
        const Run commandHelp = run({QStringLiteral("validate"), QStringLiteral("--help")});
        const Run version = run({QStringLiteral("--version")});
        Edition::set(Edition::Kind::Staff);
        QVERIFY2(help.out.startsWith(QStringLiteral("Usage: kkt-deploy-client [--lang")),
                 qPrintable(help.out));
        QVERIFY2(help.out.contains(QStringLiteral("KKT Deploy Client opens its window")),
                 qPrintable(help.out));
        QVERIFY2(commandHelp.out.contains(QStringLiteral("Usage: kkt-deploy-client validate")),
                 qPrintable(commandHelp.out));
        QCOMPARE(version.out.trimmed(), QStringLiteral("kkt-deploy-client " KKT_VERSION));
        QVERIFY(run({QStringLiteral("--help")}).out.startsWith(QStringLiteral("Usage: kkt-deploy [--lang")));
    }

    void unknownOptionOfACommand()
    {
        const Run r = run({QStringLiteral("validate"), QStringLiteral("--bogus"), QStringLiteral("x.json")});
        QCOMPARE(r.code, int(ExitUsage));
        QVERIFY(r.err.contains(QStringLiteral("bogus")));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "TestCommandLine.moc"
