#include "registry/LogExcerpt.h"

#include <QTest>

class TestLogExcerpt : public QObject
{
    Q_OBJECT

private slots:
    void keepsTheTail();
    void masksSecrets();
};

void TestLogExcerpt::keepsTheTail()
{
    QStringList lines;
    for (int i = 0; i < 100; ++i)
        lines << QStringLiteral("line %1").arg(i);
    const QString excerpt = LogExcerpt::make(lines.join(u'\n'), {}, 10);
    QCOMPARE(excerpt.split(u'\n').size(), 10);
    QVERIFY(excerpt.startsWith(QStringLiteral("line 90")));
    QVERIFY(excerpt.endsWith(QStringLiteral("line 99")));
}

void TestLogExcerpt::masksSecrets()
{
    const QString adminPassword = QStringLiteral("Adm1n-Pa55word");
    const QString botToken = QStringLiteral("123456789:AAHk2z3x4c5v6b7n8m9q0w1e2r3t4y5u6i7");
    const QString log = QStringLiteral("step 1 ok\n"
                                       "login admin with %1\n"
                                       "DATABASE_URL=postgresql://kkt:dbSecret77@localhost:5432/kkt\n"
                                       "calling https://api.telegram.org/bot%2/getMe\n"
                                       "JWT_SECRET_KEY=abcdefabcdefabcdef\n"
                                       "BOT_API_PASSWORD: hunter2hunter2\n"
                                       "done")
                            .arg(adminPassword, botToken);
    const QString excerpt = LogExcerpt::make(log, {adminPassword});
    for (const QString& secret : {adminPassword, botToken, QStringLiteral("dbSecret77"),
                                  QStringLiteral("abcdefabcdefabcdef"), QStringLiteral("hunter2hunter2")})
        QVERIFY2(!excerpt.contains(secret), qPrintable(excerpt));
    QVERIFY(excerpt.contains(QStringLiteral("step 1 ok")));
    QVERIFY(excerpt.contains(QStringLiteral("postgresql://")));
    QVERIFY(excerpt.contains(QStringLiteral("done")));
}

QTEST_GUILESS_MAIN(TestLogExcerpt)
#include "TestLogExcerpt.moc"
