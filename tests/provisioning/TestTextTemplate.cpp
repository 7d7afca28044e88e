#include "provisioning/TextTemplate.h"

#include <QTest>

class TestTextTemplate : public QObject
{
    Q_OBJECT

private slots:
    void fillsPlaceholders()
    {
        QString error;
        QCOMPARE(TextTemplate::render(QStringLiteral("port {webPort} for {domain}; {domain}"),
                                      {{QStringLiteral("webPort"), QStringLiteral("8000")},
                                       {QStringLiteral("domain"), QStringLiteral("kkt.example.ru")}},
                                      &error),
                 QStringLiteral("port 8000 for kkt.example.ru; kkt.example.ru"));
        QVERIFY(error.isEmpty());
    }

    void leavesShellAndNginxBracesAlone()
    {
        QString error;
        const QString text = QStringLiteral("server { location / { proxy_pass x; } } ${VAR} {1} { spaced }");
        QCOMPARE(TextTemplate::render(text, {}, &error), text);
        QVERIFY(error.isEmpty());
    }

    void missingValueIsAnError()
    {
        QString error;
        TextTemplate::render(QStringLiteral("{known} {unknwon}"),
                             {{QStringLiteral("known"), QStringLiteral("1")}}, &error);
        QVERIFY(error.contains(QStringLiteral("{unknwon}")));
    }

    void valuesAreNotRescanned()
    {
        QString error;
        QCOMPARE(TextTemplate::render(QStringLiteral("{a}"), {{QStringLiteral("a"), QStringLiteral("{b}")}},
                                      &error),
                 QStringLiteral("{b}"));
        QVERIFY(error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTextTemplate)
#include "TestTextTemplate.moc"
