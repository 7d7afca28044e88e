#include "releases/SemanticVersion.h"

#include <QTest>

class TestSemanticVersion : public QObject
{
    Q_OBJECT

private slots:
    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("normalised");
        QTest::newRow("plain") << "1.0.0"
                               << "1.0.0";
        QTest::newRow("v prefix") << "v1.0.1"
                                  << "1.0.1";
        QTest::newRow("V prefix, spaces") << "  V2.10.3 "
                                          << "2.10.3";
        QTest::newRow("pre-release") << "1.0.1-test"
                                     << "1.0.1-test";
        QTest::newRow("dotted pre-release") << "v2.0.0-rc.2"
                                            << "2.0.0-rc.2";
        QTest::newRow("build metadata") << "1.0.0+build.5"
                                        << "1.0.0+build.5";
        QTest::newRow("VERSION file content") << "1.0.0\n"
                                              << "1.0.0";
    }
    void parses()
    {
        QFETCH(QString, text);
        QFETCH(QString, normalised);
        const auto version = SemanticVersion::parse(text);
        QVERIFY(version);
        QCOMPARE(version->toString(), normalised);
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("text");
        for (const char* bad : {"", "1", "1.0", "1.0.0.0", "01.0.0", "1.0.0-", "1.0.0-01", "vv1.0.0",
                                "1.0.0 beta", "../1.0.0", "1.0.x", "1.0.0-te st", "1.0.0+"})
            QTest::newRow(bad) << QString::fromLatin1(bad);
    }
    void refuses()
    {
        QFETCH(QString, text);
        QVERIFY(!SemanticVersion::parse(text));
    }

    void orders()
    {
        // semver.org's own example of precedence, plus the ones a KKT update check meets.
        const QStringList ascending{
            "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2", "1.0.0-beta.11",
            "1.0.0-rc.1",  "1.0.0",         "1.0.1-test",       "1.0.1",      "1.2.0",        "1.10.0",
            "2.0.0"};
        for (qsizetype i = 0; i + 1 < ascending.size(); ++i) {
            const auto a = SemanticVersion::parse(ascending.at(i));
            const auto b = SemanticVersion::parse(ascending.at(i + 1));
            QVERIFY2(a && b, qPrintable(ascending.at(i)));
            QVERIFY2(*a < *b, qPrintable(ascending.at(i) + QStringLiteral(" < ") + ascending.at(i + 1)));
            QVERIFY(*b > *a);
            QVERIFY(!(*a == *b));
        }
    }

    void ignoresBuildMetadataAndPrefix()
    {
        QCOMPARE(*SemanticVersion::parse(u"v1.0.0+a"), *SemanticVersion::parse(u"1.0.0+b"));
        QVERIFY(SemanticVersion::parse(u"1.0.1-test")->isPreRelease());
        QVERIFY(!SemanticVersion::parse(u"1.0.1")->isPreRelease());
    }
};

QTEST_GUILESS_MAIN(TestSemanticVersion)
#include "TestSemanticVersion.moc"
