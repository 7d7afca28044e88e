#include "releases/PayloadLayout.h"

#include <QTest>

class TestPayloadLayout : public QObject
{
    Q_OBJECT

    static QSet<QString> kktFiles()
    {
        return {QStringLiteral("VERSION"),
                QStringLiteral("requirements.txt"),
                QStringLiteral("requirements-web.txt"),
                QStringLiteral("bot/main.py"),
                QStringLiteral("web/app/main.py"),
                QStringLiteral("web/app/models/__init__.py"),
                QStringLiteral("database/migrations/011_create_support_requests.sql")};
    }
    static QSet<QString> kktFolders()
    {
        return {QStringLiteral("backend"),  QStringLiteral("bot"),
                QStringLiteral("database"), QStringLiteral("database/migrations"),
                QStringLiteral("web"),      QStringLiteral("web/app")};
    }

private slots:
    void completeLayout() { QVERIFY(PayloadLayout::kkt10().problems(kktFiles(), kktFolders()).isEmpty()); }

    void namesEachMissingPart()
    {
        QSet<QString> files = kktFiles();
        files.remove(QStringLiteral("web/app/models/__init__.py"));
        files.remove(QStringLiteral("requirements-web.txt"));
        QSet<QString> folders = kktFolders();
        folders.remove(QStringLiteral("backend"));
        const QStringList problems = PayloadLayout::kkt10().problems(files, folders);
        QCOMPARE(problems.size(), 3);
        const QString all = problems.join(u'\n');
        QVERIFY(all.contains(QStringLiteral("requirements-web.txt")));
        QVERIFY(all.contains(QStringLiteral("backend/")));
        QVERIFY(all.contains(QStringLiteral("web/app/models.py")));
    }

    void leftovers_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("warned");
        QTest::newRow("sqlite db") << "database/kkt_system.db" << true;
        QTest::newRow("sqlite file") << "data/x.sqlite" << true;
        QTest::newRow("sqlite3") << "x.sqlite3" << true;
        QTest::newRow(".env") << ".env" << true;
        QTest::newRow("named env") << "deployment/prod.env" << true;
        QTest::newRow("env example") << ".env.example" << false;
        QTest::newRow("web script") << "web/create_admin.py" << true;
        QTest::newRow("test script") << "bot/tests/test_handlers.py" << true;
        QTest::newRow("shell test") << "deployment/run_tests.sh" << true;
        QTest::newRow("web package marker") << "web/__init__.py" << false;
        QTest::newRow("app code") << "web/app/main.py" << false;
        QTest::newRow("bot code") << "bot/main.py" << false;
        QTest::newRow("migration") << "database/migrations/011_create_support_requests.sql" << false;
    }
    void leftovers()
    {
        QFETCH(QString, path);
        QFETCH(bool, warned);
        const QString warning = PayloadLayout::kkt10().leftoverWarning(path);
        QCOMPARE(!warning.isEmpty(), warned);
        if (warned)
            QVERIFY(warning.startsWith(path));
    }
};

QTEST_GUILESS_MAIN(TestPayloadLayout)
#include "TestPayloadLayout.moc"
