#include "gui/FileDialogs.h"

#include <QTest>

class TestFileDialogs : public QObject
{
    Q_OBJECT

private slots:
    void answersComeInOrder();
};

void TestFileDialogs::answersComeInOrder()
{
    QVERIFY(!FileDialogs::hasNextFileName());
    FileDialogs::setNextFileName(QStringLiteral("/tmp/a.json"));
    FileDialogs::setNextFileName(QString());
    QCOMPARE(FileDialogs::openFileName(nullptr, {}, {}, {}), QStringLiteral("/tmp/a.json"));
    QVERIFY(FileDialogs::hasNextFileName());
    QCOMPARE(FileDialogs::saveFileName(nullptr, {}, {}, {}), QString()); // a cancelled dialog
    QVERIFY(!FileDialogs::hasNextFileName());
}

QTEST_MAIN(TestFileDialogs)
#include "TestFileDialogs.moc"
