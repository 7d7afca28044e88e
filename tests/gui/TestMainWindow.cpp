#include "gui/DeploymentWizard.h"
#include "gui/FileDialogs.h"
#include "gui/MainWindow.h"
#include "gui/MessageBox.h"
#include "support/TestEnvironment.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QTabWidget>
#include <QTest>

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QCoreApplication::setApplicationVersion(QStringLiteral(KKT_VERSION)); }
    void deployTabHoldsTheWizard();
    void fileMenuSavesAndLoads();
    void aboutNamesTheVersion();
};

void TestMainWindow::deployTabHoldsTheWizard()
{
    MainWindow window;
    window.show();
    QCOMPARE(window.windowTitle(), QStringLiteral("KKT Deploy"));
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("mainTabs"));
    QVERIFY(tabs);
    QCOMPARE(tabs->widget(0), window.wizard());
    QVERIFY(window.wizard()->isVisible());
    QCOMPARE(window.wizard()->parentWidget()->window(), &window); // a child, not a dialog of its own
}

void TestMainWindow::fileMenuSavesAndLoads()
{
    const QString path = QDir(TestEnvironment::freshDirectory(QStringLiteral("gui-mainwindow")))
                             .filePath(QStringLiteral("draft"));
    MainWindow window;
    window.show();
    auto* save = window.findChild<QAction*>(QStringLiteral("saveConfigAction"));
    auto* load = window.findChild<QAction*>(QStringLiteral("loadConfigAction"));
    QVERIFY(save && load && window.findChild<QAction*>(QStringLiteral("quitAction")));
    FileDialogs::setNextFileName(path);
    save->trigger();
    // A name without a suffix gets ".json".
    QVERIFY(QFile::exists(path + QStringLiteral(".json")));

    FileDialogs::setNextFileName(path + QStringLiteral(".json"));
    load->trigger();
    QCOMPARE(window.wizard()->currentId(), int(WelcomePageId));
    QVERIFY(!FileDialogs::hasNextFileName());
    QVERIFY(!MessageBox::hasNextAnswer());
}

void TestMainWindow::aboutNamesTheVersion()
{
    MainWindow window;
    MessageBox::setNextAnswer(QMessageBox::Ok);
    window.findChild<QAction*>(QStringLiteral("aboutAction"))->trigger();
    QVERIFY(MessageBox::lastText().contains(QStringLiteral(KKT_VERSION)));
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
