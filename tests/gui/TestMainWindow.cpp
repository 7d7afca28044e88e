#include "gui/DeploymentWizard.h"
#include "gui/FileDialogs.h"
#include "gui/MainWindow.h"
#include "gui/MessageBox.h"
#include "gui/RegistryTab.h"
#include "gui/SettingsDialog.h"
#include "gui/UpdatesTab.h"
#include "support/TestEnvironment.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QWizardPage>

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setApplicationVersion(QStringLiteral(KKT_VERSION));
        // The settings (the registry the Registry tab opens) in a folder of this test only.
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           TestEnvironment::freshDirectory(QStringLiteral("gui-mainwindow-settings")));
    }
    void deployTabHoldsTheWizard();
    void typingKeepsTheFocusInTheField();
    void pageChangeFocusesTheFirstField();
    void fileMenuSavesAndLoads();
    void closingAFilledWizardAsks();
    void mnemonicsAreUniqueOnEveryPage();
    void aboutNamesTheVersion();
    void settingsSwitchTheRegistryTab();

private:
    void checkMnemonics();
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

void TestMainWindow::typingKeepsTheFocusInTheField()
{
    // Every key press refreshes the page and emits completeChanged(); QWizard then hides and shows
    // its frame. Inside the tabs the focus used to escape to the tab bar after the first letter.
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    DeploymentWizard* wizard = window.wizard();
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ServerPageId));
    auto* host = wizard->currentPage()->findChild<QLineEdit*>(QStringLiteral("hostEdit"));
    host->setFocus();
    QCOMPARE(QApplication::focusWidget(), host);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("example.org"));
    QCOMPARE(QApplication::focusWidget(), host);
    QCOMPARE(host->text(), QStringLiteral("example.org"));
}

void TestMainWindow::pageChangeFocusesTheFirstField()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    DeploymentWizard* wizard = window.wizard();
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("productionRadio"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(wizard->currentId(), int(ServerPageId));
    const std::pair<WizardPageId, const char*> firstFields[] = {
        {ServerPageId, "hostEdit"},
        {AdministratorPageId, "fullNameEdit"},
        {TelegramBotPageId, "botTokenEdit"},
        {AdminIdsPageId, "adminIdEdit"},
        {SystemSettingsPageId, "notificationTimeEdit"}};
    for (const auto& [page, field] : firstFields) {
        if (wizard->currentId() != page) {
            // Alt+N, as a keyboard user goes on: the Next button takes the focus, then clicks.
            wizard->button(QWizard::NextButton)->setEnabled(true);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::AltModifier);
        }
        QTRY_COMPARE(wizard->currentId(), int(page));
        QVERIFY(QApplication::focusWidget());
        QCOMPARE(QApplication::focusWidget()->objectName(), QString::fromLatin1(field));
        if (page == AdminIdsPageId)
            QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("123456789"));
    }
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

void TestMainWindow::closingAFilledWizardAsks()
{
    MainWindow window;
    window.show();
    // Nothing typed: closes without a question.
    QVERIFY(window.close());
    window.show();
    DeploymentWizard* wizard = window.wizard();
    wizard->next();
    auto* host = wizard->currentPage()->findChild<QLineEdit*>(QStringLiteral("hostEdit"));
    QTest::keyClicks(host, QStringLiteral("example.org"));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!window.close());
    QVERIFY(window.isVisible());
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("not saved")));
    MessageBox::setNextAnswer(QMessageBox::Discard);
    QVERIFY(window.close());
    QVERIFY(!MessageBox::hasNextAnswer());
}

namespace {

// The Alt+letter of a text ("Hos&t:" → 't'), or a null character.
QChar mnemonic(const QString& text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == u'&') {
            if (text.at(i + 1) != u'&')
                return text.at(i + 1).toLower();
            ++i;
        }
    }
    return QChar();
}

} // namespace

void TestMainWindow::mnemonicsAreUniqueOnEveryPage()
{
    checkMnemonics();
}

void TestMainWindow::checkMnemonics()
{
    MainWindow window;
    window.show();
    DeploymentWizard* wizard = window.wizard();
    // Menus, tabs and the wizard's own buttons are active on every page.
    QMap<QChar, QString> global;
    for (QAction* menu : window.menuBar()->actions())
        global.insert(mnemonic(menu->text()), menu->text());
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("mainTabs"));
    for (int i = 0; i < tabs->count(); ++i) {
        QVERIFY2(!global.contains(mnemonic(tabs->tabText(i))), qPrintable(tabs->tabText(i)));
        global.insert(mnemonic(tabs->tabText(i)), tabs->tabText(i));
    }
    for (QWizard::WizardButton button : {QWizard::BackButton, QWizard::NextButton}) {
        const QString text = wizard->buttonText(button);
        QVERIFY2(!global.contains(mnemonic(text)), qPrintable(text));
        global.insert(mnemonic(text), text);
    }
    for (int id : wizard->pageIds()) {
        QWizardPage* page = wizard->page(id);
        QMap<QChar, QString> seen = global;
        QStringList texts;
        if (page->isCommitPage()) {
            // The commit button takes the place of Next.
            seen.remove(mnemonic(wizard->buttonText(QWizard::NextButton)));
            texts << page->buttonText(QWizard::CommitButton);
        }
        for (QLabel* label : page->findChildren<QLabel*>()) {
            if (label->buddy() && label->isVisibleTo(page))
                texts << label->text();
        }
        for (QAbstractButton* button : page->findChildren<QAbstractButton*>()) {
            if (button->isVisibleTo(page))
                texts << button->text();
        }
        for (const QString& text : std::as_const(texts)) {
            const QChar key = mnemonic(text);
            if (key.isNull())
                continue;
            QVERIFY2(!seen.contains(key), qPrintable(QStringLiteral("page %1: “%2” and “%3” share Alt+%4")
                                                         .arg(page->title(), text, seen.value(key), key)));
            seen.insert(key, text);
        }
    }
}

void TestMainWindow::aboutNamesTheVersion()
{
    MainWindow window;
    MessageBox::setNextAnswer(QMessageBox::Ok);
    window.findChild<QAction*>(QStringLiteral("aboutAction"))->trigger();
    QVERIFY(MessageBox::lastText().contains(QStringLiteral(KKT_VERSION)));
}

void TestMainWindow::settingsSwitchTheRegistryTab()
{
    // A central registry nobody answers for; the password from the environment keeps the keychain out.
    qputenv("KKT_REGISTRY_PASSWORD", "unused");
    QSettings().setValue(RegistryTarget::settingsKey(),
                         QStringLiteral("postgresql://nobody@127.0.0.1:1/kkt"));
    MainWindow window;
    window.show();
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("mainTabs"));
    RegistryTab* before = window.registryTab();
    const QPointer<UpdatesTab> updatesBefore = window.updatesTab();
    QCOMPARE(tabs->indexOf(before), 1);
    QCOMPARE(before->model() != nullptr, true);
    tabs->setCurrentWidget(before);

    window.findChild<QAction*>(QStringLiteral("settingsAction"))->trigger();
    auto* dialog = window.findChild<SettingsDialog*>(QStringLiteral("settingsDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto* embedded = dialog->findChild<QRadioButton*>(QStringLiteral("embeddedRadio"));
    QVERIFY(!embedded->isChecked());
    QTest::mouseClick(embedded, Qt::LeftButton, Qt::NoModifier, QPoint(8, embedded->height() / 2));
    QVERIFY(embedded->isChecked());
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);

    // A new tab on the embedded registry, in the same place, still the current one.
    QVERIFY(window.registryTab() != before);
    QCOMPARE(tabs->indexOf(window.registryTab()), 1);
    QCOMPARE(tabs->currentWidget(), window.registryTab());
    // The Updates tab follows the registry too, right after the Registry tab (Ctrl+Tab reaches it: every
    // letter of "Updates" is taken on some wizard page).
    QCOMPARE(tabs->count(), 3);
    QVERIFY(updatesBefore.isNull());
    QCOMPARE(tabs->indexOf(window.updatesTab()), 2);
    QVERIFY(!QSettings().contains(RegistryTarget::settingsKey()));
    qunsetenv("KKT_REGISTRY_PASSWORD");
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
