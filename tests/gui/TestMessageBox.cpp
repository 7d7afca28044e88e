#include "gui/MessageBox.h"

#include <QTest>

class TestMessageBox : public QObject
{
    Q_OBJECT

private slots:
    void queuedAnswersAnswerWithoutABox();
};

void TestMessageBox::queuedAnswersAnswerWithoutABox()
{
    QVERIFY(!MessageBox::hasNextAnswer());
    MessageBox::setNextAnswer(QMessageBox::No);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QCOMPARE(MessageBox::question(nullptr, QStringLiteral("t"), QStringLiteral("Replace?"),
                                  QMessageBox::Yes | QMessageBox::No, QMessageBox::No),
             QMessageBox::No);
    QCOMPARE(MessageBox::lastText(), QStringLiteral("Replace?"));
    MessageBox::warning(nullptr, QStringLiteral("t"), QStringLiteral("Cannot read"),
                        QStringLiteral("details"));
    QCOMPARE(MessageBox::lastText(), QStringLiteral("Cannot read\ndetails"));
    QVERIFY(!MessageBox::hasNextAnswer());
}

QTEST_MAIN(TestMessageBox)
#include "TestMessageBox.moc"
