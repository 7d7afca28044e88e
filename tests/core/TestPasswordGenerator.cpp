#include "core/FieldRules.h"
#include "core/PasswordGenerator.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

class TestPasswordGenerator : public QObject
{
    Q_OBJECT

private slots:
    void adminPasswordsPassTheRules()
    {
        QSet<QString> seen;
        for (int i = 0; i < 2000; ++i) {
            const QString p = PasswordGenerator::adminPassword();
            QCOMPARE(p.size(), 20);
            const auto check = FieldRules::password(p);
            QVERIFY2(check.ok(), qPrintable(check.problem));
            seen.insert(p);
        }
        QCOMPARE(seen.size(), 2000);
    }

    void shortRequestsStillMeetTheMinimum() { QCOMPARE(PasswordGenerator::adminPassword(4).size(), 12); }

    void urlSafeUsesOnlyUrlCharacters()
    {
        static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_-]{32}$"));
        for (int i = 0; i < 500; ++i)
            QVERIFY(re.match(PasswordGenerator::urlSafe(32)).hasMatch());
    }
};

QTEST_GUILESS_MAIN(TestPasswordGenerator)
#include "TestPasswordGenerator.moc"
