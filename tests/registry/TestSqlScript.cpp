#include "registry/SqlScript.h"

#include <QTest>

class TestSqlScript : public QObject
{
    Q_OBJECT

private slots:
    void splitsStatements();
    void keepsQuotedAndDollarQuotedSemicolons();
    void keepsSqliteTriggerBodies();
};

void TestSqlScript::splitsStatements()
{
    const QStringList parts =
        SqlScript::split(QStringLiteral("-- a comment; with a semicolon\n"
                                        "CREATE TABLE a (id int);\n\n"
                                        "INSERT INTO a VALUES (1);  -- trailing; comment\n"
                                        "SELECT 1"));
    QCOMPARE(parts, (QStringList{QStringLiteral("CREATE TABLE a (id int)"),
                                 QStringLiteral("INSERT INTO a VALUES (1)"), QStringLiteral("SELECT 1")}));
    QVERIFY(SqlScript::split(QStringLiteral(" ;\n-- only a comment\n;")).isEmpty());
}

void TestSqlScript::keepsQuotedAndDollarQuotedSemicolons()
{
    const QString body = QStringLiteral("CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $$\nBEGIN\n"
                                        "    RAISE NOTICE 'a;b';\nEND\n$$");
    const QStringList parts =
        SqlScript::split(QStringLiteral("INSERT INTO t VALUES ('x;y', 'it''s; fine');\n") + body +
                         QStringLiteral(";\nDO $body$ BEGIN PERFORM 1; END $body$;"));
    QCOMPARE(parts.size(), 3);
    QCOMPARE(parts.at(0), QStringLiteral("INSERT INTO t VALUES ('x;y', 'it''s; fine')"));
    QCOMPARE(parts.at(1), body);
    QCOMPARE(parts.at(2), QStringLiteral("DO $body$ BEGIN PERFORM 1; END $body$"));
}

void TestSqlScript::keepsSqliteTriggerBodies()
{
    const QStringList parts = SqlScript::split(QStringLiteral(
        "CREATE TRIGGER t AFTER UPDATE ON a BEGIN UPDATE a SET x = 1; INSERT INTO b VALUES (2); END;\n"
        "CREATE INDEX i ON a (x);"));
    QCOMPARE(parts.size(), 2);
    QVERIFY(parts.at(0).endsWith(QStringLiteral("END")));
    QCOMPARE(parts.at(1), QStringLiteral("CREATE INDEX i ON a (x)"));
}

QTEST_GUILESS_MAIN(TestSqlScript)
#include "TestSqlScript.moc"
