// kkt-screenshots OUTDIR [--lang en|ru] [--production FILE]: saves a PNG of the main window on every
// wizard page, filled with sample data, and of the Updates tab, its review, the Issue-token dialog,
// the client edition's Welcome page (and, given a recorded test deployment, the production panel),
// for the documentation and for checking layouts and translations by eye.
// Not installed; scripts/screenshots.sh runs it offscreen.

#include "Screenshots.h"
#include "SelfServiceScreens.h"
#include "UpdateScreens.h"
#include "core/DeploymentConfig.h"
#include "gui/DeploymentWizard.h"
#include "gui/MainWindow.h"
#include "gui/MessageBox.h"
#include "gui/ProductionPanel.h"
#include "gui/SettingsDialog.h"
#include "i18n/Localization.h"
#include "support/PostgresServer.h"
#include "support/TestSshd.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QIcon>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextStream>
#include <QVBoxLayout>

#include <cstdio>

namespace {

DeploymentConfig sampleConfig()
{
    DeploymentConfig c;
    c.server.host = QStringLiteral("203.0.113.10");
    c.server.domain = QStringLiteral("kkt.example.ru");
    c.admin.fullName = QStringLiteral("Ivan Petrov");
    c.admin.email = QStringLiteral("ivan@example.ru");
    c.admin.phone = QStringLiteral("+7 912 345-67-89");
    c.admin.company = QStringLiteral("OOO Romashka");
    c.telegram.adminIds = {123456789, 987654321};
    c.settings.timezone = QStringLiteral("Europe/Moscow");
    return c;
}

// The Server page after Test connection against a real sshd: the facts table under the fields.
bool shootConnectionTest(QWidget* window, DeploymentWizard* wizard, const Screenshots& shots)
{
    TestSshd sshd(QStringLiteral("screenshots-sshd"));
    QString error;
    if (!TestSshd::ensureTestUser(&error) || !sshd.start()) {
        QTextStream(stderr) << "sshd: " << error << sshd.error() << Qt::endl;
        return false;
    }
    wizard->goBackTo(ServerPageId);
    DeploymentConfig c = wizard->config();
    c.server.host = QStringLiteral("127.0.0.1");
    c.server.port = sshd.port();
    c.server.user = TestSshd::testUser();
    c.server.auth = SshAuth::Password;
    wizard->setConfig(c);
    wizard->findChild<QLineEdit*>(QStringLiteral("sshPasswordEdit"))->setText(TestSshd::testPassword());
    MessageBox::setNextAnswer(QMessageBox::Yes); // trust the new host key
    auto* button = wizard->findChild<QPushButton*>(QStringLiteral("testConnectionButton"));
    button->click();
    auto* table = wizard->findChild<QWidget*>(QStringLiteral("factsTable"));
    const bool shown = Screenshots::waitFor([table] { return table->isVisible(); }, 60000);
    const bool saved = shots.save(window, QStringLiteral("2-server-tested"));
    sshd.stop();
    return shown && saved;
}

// File → Settings… after PostgreSQL refused the sign-in.
bool shootFailedSignIn(const Screenshots& shots)
{
    PostgresServer postgres;
    if (!postgres.start()) {
        QTextStream(stderr) << "postgres: " << postgres.error() << Qt::endl;
        return false;
    }
    SettingsDialog dialog;
    dialog.show();
    dialog.findChild<QRadioButton*>(QStringLiteral("centralRadio"))->click();
    dialog.findChild<QLineEdit*>(QStringLiteral("registryHostEdit"))->setText(postgres.host());
    dialog.findChild<QSpinBox*>(QStringLiteral("registryPortSpin"))->setValue(postgres.port());
    dialog.findChild<QLineEdit*>(QStringLiteral("registryDatabaseEdit"))
        ->setText(QStringLiteral("kkt_registry"));
    dialog.findChild<QLineEdit*>(QStringLiteral("registryRoleEdit"))->setText(QStringLiteral("support"));
    dialog.findChild<QLineEdit*>(QStringLiteral("registryPasswordEdit"))
        ->setText(QStringLiteral("wrong-password"));
    auto* signIn = dialog.findChild<QPushButton*>(QStringLiteral("signInButton"));
    signIn->click();
    auto* message = dialog.findChild<QLabel*>(QStringLiteral("registryMessageLabel"));
    // The GitHub token's line says what the keychain answered, not that it is still asking.
    auto* tokenState = dialog.findChild<QLabel*>(QStringLiteral("tokenStateLabel"));
    // "Signing in to …" shows at once; the answer when Sign in is enabled again.
    const bool answered = Screenshots::waitFor(
        [message, signIn, tokenState] {
            return signIn->isEnabled() && message->isVisible() && !message->text().isEmpty() &&
                   !tokenState->text().endsWith(u'…');
        },
        30000);
    const bool saved = shots.save(&dialog, QStringLiteral("settings-sign-in-failed"));
    postgres.stop();
    return answered && saved;
}

// The Progress page's production panel with what a real test deployment recorded (the "production"
// object of its `deploy` summary: record_production_comparison.py, one systemd host run).
bool shootProductionPanel(const Screenshots& shots, const QString& comparisonFile)
{
    QFile file(comparisonFile);
    if (!file.open(QIODevice::ReadOnly)) {
        QTextStream(stderr) << "cannot read " << comparisonFile << Qt::endl;
        return false;
    }
    // Framed as on the Progress page, no cell current.
    QWidget frame;
    auto* panel = new ProductionPanel(&frame);
    (new QVBoxLayout(&frame))->addWidget(panel);
    frame.resize(920, 580);
    frame.show();
    panel->showComparison(QJsonDocument::fromJson(file.readAll()).object());
    panel->findChild<QTableWidget*>(QStringLiteral("productionTable"))->setCurrentCell(-1, -1);
    return shots.save(&frame, QStringLiteral("progress-production-panel"));
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationVersion(QStringLiteral(KKT_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/kkt-deploy.svg")));
    QStringList args = app.arguments().mid(1);
    QString language = QStringLiteral("en");
    // --production FILE: the production panel too, from a recorded test deployment.
    QString comparisonFile;
    const qsizetype productionAt = args.indexOf(QStringLiteral("--production"));
    if (productionAt >= 0 && productionAt + 1 < args.size()) {
        comparisonFile = args.at(productionAt + 1);
        args.remove(productionAt, 2);
    }
    const qsizetype langAt = args.indexOf(QStringLiteral("--lang"));
    if (langAt >= 0 && langAt + 1 < args.size()) {
        language = args.at(langAt + 1);
        args.remove(langAt, 2);
    }
    if (args.size() != 1) {
        QTextStream(stderr) << "usage: kkt-screenshots OUTDIR [--lang en|ru] [--production FILE]" << Qt::endl;
        return 2;
    }
    const QString outDir = args.first();
    QDir().mkpath(outDir);
    Localization::install(&app, language);

    const Screenshots shots(outDir, language);
    MainWindow window;
    window.show();
    DeploymentWizard* wizard = window.wizard();
    bool ok = shots.save(&window, QStringLiteral("main-window"));

    wizard->setConfig(sampleConfig());
    wizard->findChild<QLineEdit*>(QStringLiteral("botTokenEdit"))
        ->setText(QStringLiteral("123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0"));
    const QStringList names{QStringLiteral("1-welcome"),       QStringLiteral("2-server"),
                            QStringLiteral("3-administrator"), QStringLiteral("4-telegram-bot"),
                            QStringLiteral("5-admin-ids"),     QStringLiteral("6-system-settings"),
                            QStringLiteral("7-web-security"),  QStringLiteral("8-review")};
    for (const QString& name : names) {
        ok &= shots.save(&window, name);
        wizard->next();
    }
    // Review scrolls: the end of it as well.
    auto* review = wizard->findChild<QScrollArea*>(QStringLiteral("reviewScroll"));
    review->verticalScrollBar()->setValue(review->verticalScrollBar()->maximum());
    ok &= shots.save(&window, QStringLiteral("8-review-end"));

    // The inline messages: a page with a problem in every field.
    wizard->goBackTo(ServerPageId);
    DeploymentConfig broken = wizard->config();
    broken.server.host = QStringLiteral("203.0.113.300");
    broken.server.port = 0;
    broken.server.user = QStringLiteral("1root");
    broken.server.domain = QStringLiteral("kkt");
    wizard->setConfig(broken);
    ok &= shots.save(&window, QStringLiteral("2-server-problems"));

    // Test mode changes the Server page's text and the Review page.
    DeploymentConfig test = sampleConfig();
    test.mode = DeploymentMode::Test;
    wizard->setConfig(test);
    wizard->restart();
    for (int i = 0; i < 7; ++i) {
        wizard->next();
        if (i == 0)
            ok &= shots.save(&window, QStringLiteral("2-server-test-mode"));
    }
    review->verticalScrollBar()->setValue(0);
    ok &= shots.save(&window, QStringLiteral("7-review-test-mode"));

    ok &= shootConnectionTest(&window, wizard, shots);
    ok &= shootFailedSignIn(shots);
    ok &= UpdateScreens::shoot(shots);
    ok &= SelfServiceScreens::shoot(shots);
    if (!comparisonFile.isEmpty())
        ok &= shootProductionPanel(shots, comparisonFile);
    return ok ? 0 : 1;
}
