#include "releases/ArchiveEntryRule.h"

#include <QTest>

#include <archive_entry.h>

class TestArchiveEntryRule : public QObject
{
    Q_OBJECT

private slots:
    void paths_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("normalised");
        QTest::addColumn<bool>("safe");
        QTest::newRow("root") << "./"
                              << "" << true;
        QTest::newRow("dot prefix") << "./bot/main.py"
                                    << "bot/main.py" << true;
        QTest::newRow("plain") << "bot/main.py"
                               << "bot/main.py" << true;
        QTest::newRow("folder") << "./web/app/"
                                << "web/app" << true;
        QTest::newRow("double slash") << ".//web//x"
                                      << "web/x" << true;
        QTest::newRow("dots in name") << "./a..b/..c"
                                      << "a..b/..c" << true;
        QTest::newRow("absolute") << "/etc/passwd"
                                  << "" << false;
        QTest::newRow("traversal") << "./../../etc/cron.d/x"
                                   << "" << false;
        QTest::newRow("inner traversal") << "bot/../../x"
                                         << "" << false;
        QTest::newRow("windows drive") << "C:/x"
                                       << "" << false;
        QTest::newRow("backslash root") << "\\x"
                                        << "" << false;
    }
    void paths()
    {
        QFETCH(QString, stored);
        QFETCH(QString, normalised);
        QFETCH(bool, safe);
        const ArchiveEntryRule::Path path = ArchiveEntryRule::path(stored);
        QCOMPARE(path.problem.isEmpty(), safe);
        if (safe)
            QCOMPARE(path.path, normalised);
    }

    void symlinks()
    {
        QVERIFY(ArchiveEntryRule::symlinkProblem(QStringLiteral("web/static"), QStringLiteral("../bot"))
                    .isEmpty());
        QVERIFY(
            ArchiveEntryRule::symlinkProblem(QStringLiteral("a/b/c"), QStringLiteral("../../x")).isEmpty());
        QVERIFY(
            !ArchiveEntryRule::symlinkProblem(QStringLiteral("a/b"), QStringLiteral("../../x")).isEmpty());
        QVERIFY(!ArchiveEntryRule::symlinkProblem(QStringLiteral("x"), QStringLiteral("/etc")).isEmpty());
        QVERIFY(!ArchiveEntryRule::symlinkProblem(QStringLiteral("x"), QString()).isEmpty());
    }

    void chainedLinks()
    {
        // sub/up → ".." stays inside; y → "sub/up/.." looks inside by text but is the parent of the root.
        const QHash<QString, QString> links{{QStringLiteral("sub/up"), QStringLiteral("..")},
                                            {QStringLiteral("y"), QStringLiteral("sub/up/..")}};
        QVERIFY(ArchiveEntryRule::symlinkProblem(QStringLiteral("y"), QStringLiteral("sub/up/..")).isEmpty());
        QVERIFY(ArchiveEntryRule::resolveLink(QStringLiteral("sub/up"), QStringLiteral(".."), links));
        QVERIFY(!ArchiveEntryRule::resolveLink(QStringLiteral("y"), QStringLiteral("sub/up/.."), links));
        // A loop never resolves.
        const QHash<QString, QString> loop{{QStringLiteral("a"), QStringLiteral("b")},
                                           {QStringLiteral("b"), QStringLiteral("a")}};
        QVERIFY(!ArchiveEntryRule::resolveLink(QStringLiteral("a"), QStringLiteral("b"), loop));
    }

    void hardlinks()
    {
        QString target;
        QVERIFY(ArchiveEntryRule::hardlinkProblem(QStringLiteral("./bot/main.py"), &target).isEmpty());
        QCOMPARE(target, QStringLiteral("bot/main.py"));
        QVERIFY(!ArchiveEntryRule::hardlinkProblem(QStringLiteral("/etc/shadow"), &target).isEmpty());
        QVERIFY(!ArchiveEntryRule::hardlinkProblem(QStringLiteral("../x"), &target).isEmpty());
    }

    void types()
    {
        QVERIFY(ArchiveEntryRule::typeProblem(AE_IFREG).isEmpty());
        QVERIFY(ArchiveEntryRule::typeProblem(AE_IFDIR).isEmpty());
        QVERIFY(ArchiveEntryRule::typeProblem(AE_IFLNK).isEmpty());
        for (unsigned type : {AE_IFCHR, AE_IFBLK, AE_IFIFO, AE_IFSOCK})
            QVERIFY(!ArchiveEntryRule::typeProblem(type).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestArchiveEntryRule)
#include "TestArchiveEntryRule.moc"
