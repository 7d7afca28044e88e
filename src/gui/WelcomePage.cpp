#include "WelcomePage.h"

#include "RegistrySignIn.h"
#include "core/Edition.h"
#include "registry/DeploymentKey.h"
#include "ui_WelcomePage.h"

#include <QDir>
#include <QFutureWatcher>
#include <QSettings>
#include <QtConcurrent>

namespace {

struct TokenAnswer
{
    bool asked = false;
    SelfServiceRegistry::TokenStatus status;
    QString error;
};

} // namespace

WelcomePage::WelcomePage(DeploymentConfig* config, DeploymentSecrets* secrets, QWidget* parent)
    : DeploymentPage(config, secrets, parent)
    , m_ui(new Ui::WelcomePage)
    , m_signIn(new RegistrySignIn(this))
{
    m_ui->setupUi(this);
    m_ui->loadMessageLabel->setVisible(false);
    const bool selfService = Edition::isSelfService();
    // Test deployments are for staff; a client deploys its own production instance.
    m_ui->modeGroup->setVisible(!selfService);
    m_ui->registryGroup->setVisible(!selfService);
    m_ui->tokenGroup->setVisible(selfService);
    m_ui->tokenMessageLabel->setVisible(false);
    m_ui->registryMessageLabel->setVisible(false);
    m_ui->cancelSignInButton->setVisible(false);
    if (selfService)
        m_ui->introLabel->setText(
            tr("The wizard collects what your deployment needs: your server, the "
               "administrator, the Telegram bot and the system settings. It starts with "
               "the deployment key."));
    connect(m_ui->tokenEdit, &QLineEdit::textChanged, this, [this] {
        ++m_tokenCheck; // an answer for the previous text no longer counts
        m_checkedToken.clear();
        m_ui->checkTokenButton->setEnabled(true);
        m_ui->tokenMessageLabel->setVisible(false);
        refresh();
    });
    connect(m_ui->tokenEdit, &QLineEdit::returnPressed, this, &WelcomePage::checkToken);
    connect(m_ui->checkTokenButton, &QPushButton::clicked, this, &WelcomePage::checkToken);
    connect(m_ui->signInButton, &QPushButton::clicked, this, &WelcomePage::signIn);
    connect(m_ui->registryPasswordEdit, &QLineEdit::returnPressed, this, &WelcomePage::signIn);
    connect(m_ui->cancelSignInButton, &QPushButton::clicked, this, [this] {
        m_signIn->cancel();
        setSigningIn(false);
        showMessage(m_ui->registryMessageLabel, tr("Sign-in cancelled; nothing was stored."), false);
    });
    connect(m_signIn, &RegistrySignIn::finished, this, &WelcomePage::finishSignIn);
    connect(m_ui->registrySettingsButton, &QPushButton::clicked, this, &WelcomePage::settingsRequested);
    refreshRegistry();
    connect(m_ui->productionRadio, &QRadioButton::toggled, this, [this] { refresh(); });
    connect(m_ui->loadConfigButton, &QPushButton::clicked, this, &WelcomePage::loadRequested);
    connect(m_ui->resumeButton, &QPushButton::clicked, this, [this] { emit resumeRequested(m_resumeId); });
    m_ui->resumeGroup->setVisible(false);
    load(false);
}

WelcomePage::~WelcomePage() = default;

void WelcomePage::setLoadMessage(const QString& message, bool failed)
{
    if (failed)
        setUpMessage(m_ui->loadMessageLabel);
    else
        m_ui->loadMessageLabel->setPalette(QPalette());
    m_ui->loadMessageLabel->setText(message);
    m_ui->loadMessageLabel->setVisible(!message.isEmpty());
}

void WelcomePage::offerResume(const QString& deploymentId, const QString& host, const QString& instanceId,
                              const QDateTime& startedAt, const QString& status)
{
    m_resumeId = deploymentId;
    m_ui->resumeGroup->setVisible(!deploymentId.isEmpty());
    if (deploymentId.isEmpty())
        return;
    const QString state = status == QLatin1String("failed")      ? tr("failed")
                          : status == QLatin1String("cancelled") ? tr("was stopped")
                                                                 : tr("did not finish");
    m_ui->resumeLabel->setText(
        tr("Deployment %1 to %2 (instance %3), started %4, %5. Resume it: its configuration is loaded, you "
           "enter "
           "the secrets again on their pages, and it continues at the first step not done.")
            .arg(deploymentId, host, instanceId.isEmpty() ? tr("not created yet") : instanceId,
                 QLocale().toString(startedAt.toLocalTime(), QLocale::ShortFormat), state));
}

void WelcomePage::loadFields()
{
    if (Edition::isSelfService()) {
        config().mode = DeploymentMode::Production;
        // Like every secret, the token is entered again for a loaded, resumed or new deployment.
        m_ui->tokenEdit->clear();
    }
    const bool production = config().mode == DeploymentMode::Production;
    m_ui->productionRadio->setChecked(production);
    m_ui->testRadio->setChecked(!production);
}

void WelcomePage::refresh()
{
    if (isLoading())
        return;
    config().mode = m_ui->testRadio->isChecked() && !Edition::isSelfService() ? DeploymentMode::Test
                                                                              : DeploymentMode::Production;
    if (!Edition::isSelfService()) {
        setComplete(true);
        return;
    }
    // The token is a secret of this deployment: in memory only, never in the configuration.
    const bool checked = !m_checkedToken.isEmpty() && m_checkedToken == m_ui->tokenEdit->text().trimmed();
    DeploymentKey key;
    QString problem;
    const bool isKey = checked && DeploymentKey::parse(m_checkedToken, &key, &problem);
    secrets().deploymentKey = isKey ? m_checkedToken : QString();
    secrets().deploymentToken = isKey ? key.token : checked ? m_checkedToken : QString();
    key.wipe();
    setComplete(checked);
}

void WelcomePage::refreshRegistry()
{
    QString note;
    m_registry = RegistryTarget::configuredWithoutPassword(&note);
    const bool central = m_registry.isPostgres();
    m_ui->signInFields->setVisible(central);
    if (central) {
        m_ui->registryStateLabel->setText(
            tr("Central registry %1. Sign in with your own PostgreSQL role; the password is kept in the "
               "keychain.")
                .arg(m_registry.display()));
        if (m_ui->registryRoleEdit->text().isEmpty())
            m_ui->registryRoleEdit->setText(m_registry.user);
    } else {
        m_ui->registryStateLabel->setText(
            tr("Embedded registry on this computer (%1). Registry settings… chooses the central registry.")
                .arg(QDir::toNativeSeparators(m_registry.sqlitePath)));
    }
    if (!note.isEmpty())
        showMessage(m_ui->registryMessageLabel, note, true);
}

void WelcomePage::signIn()
{
    if (m_signIn->isRunning() || !m_registry.isPostgres())
        return;
    RegistryTarget target = m_registry;
    target.user = m_ui->registryRoleEdit->text().trimmed();
    target.password = m_ui->registryPasswordEdit->text();
    QString problem;
    if (target.user.isEmpty())
        problem = tr("Role: empty — enter your own PostgreSQL role (ask the registry’s administrator)");
    else if (target.password.isEmpty())
        problem = tr("Password: empty — enter the PostgreSQL password of role “%1”").arg(target.user);
    else if (QString error; RegistryTarget::parse(target.display(), &error).user != target.user)
        problem = tr("Role: “%1” is not a valid role name — use a name without spaces, “@”, “:” or “/”")
                      .arg(target.user);
    if (!problem.isEmpty()) {
        showMessage(m_ui->registryMessageLabel, problem, true);
        return;
    }
    showMessage(m_ui->registryMessageLabel, tr("Signing in to %1…").arg(target.display()), false);
    setSigningIn(true);
    m_signIn->start(target);
}

void WelcomePage::finishSignIn(const RegistryTarget& target, bool ok, const QString& message,
                               const QString& details)
{
    setSigningIn(false);
    if (!ok) {
        showMessage(m_ui->registryMessageLabel, message, true);
        m_ui->registryMessageLabel->setToolTip(details);
        return;
    }
    m_ui->registryPasswordEdit->clear();
    // Signed in as this role from now on, as a sign-in in Settings followed by Save does.
    RegistryTarget saved = target;
    saved.password.clear();
    QSettings().setValue(RegistryTarget::settingsKey(), saved.url());
    m_registry = saved;
    showMessage(m_ui->registryMessageLabel,
                tr("Signed in to %1 as “%2”; the password is stored in the keychain.")
                    .arg(target.display(), target.user),
                false);
    emit registryChanged();
}

void WelcomePage::setSigningIn(bool running)
{
    m_ui->cancelSignInButton->setVisible(running);
    m_ui->signInButton->setEnabled(!running);
    m_ui->registryRoleEdit->setReadOnly(running);
    m_ui->registryPasswordEdit->setReadOnly(running);
}

void WelcomePage::checkToken()
{
    const QString text = m_ui->tokenEdit->text().trimmed();
    // A deployment key; a bare token (kkt_…) only with the registry chosen in the settings.
    DeploymentKey key;
    QString problem;
    const bool bareToken =
        !DeploymentKey::looksLikeKey(text) && SelfServiceRegistry::formatProblem(text).isEmpty();
    if (!bareToken && !DeploymentKey::parse(text, &key, &problem)) {
        showMessage(m_ui->tokenMessageLabel, problem, true);
        emit tokenChecked(false);
        return;
    }
    key.wipe();
    const int check = ++m_tokenCheck;
    const QString host = config().server.host;
    m_ui->checkTokenButton->setEnabled(false);
    showMessage(m_ui->tokenMessageLabel, tr("Checking the key in the registry…"), false);
    auto* watcher = new QFutureWatcher<TokenAnswer>(this);
    connect(watcher, &QFutureWatcher<TokenAnswer>::finished, this, [this, watcher, check, text] {
        watcher->deleteLater();
        if (check != m_tokenCheck)
            return; // the key was edited meanwhile
        const TokenAnswer answer = watcher->result();
        finishTokenCheck(text, answer.asked, answer.status, answer.error);
    });
    // The registry's password may come from the keychain, and a connect may take seconds.
    watcher->setFuture(QtConcurrent::run([text, host] {
        TokenAnswer answer;
        answer.asked = SelfServiceRegistry::check(text, host, &answer.status, &answer.error);
        return answer;
    }));
}

void WelcomePage::finishTokenCheck(const QString& token, bool asked,
                                   const SelfServiceRegistry::TokenStatus& status, const QString& error)
{
    m_ui->checkTokenButton->setEnabled(true);
    const bool usable = asked && status.usable();
    m_checkedToken = usable ? token : QString();
    showMessage(m_ui->tokenMessageLabel, asked ? status.message() : error, !usable);
    refresh();
    emit tokenChecked(usable);
}

void WelcomePage::showMessage(QLabel* label, const QString& text, bool error)
{
    if (error)
        setUpMessage(label);
    else
        label->setPalette(QPalette());
    label->setText(text);
    label->setToolTip(QString());
    label->setVisible(!text.isEmpty());
    // A message longer than a line makes the group taller instead of being cut off (the wizard's
    // page does not grow a wrapped label by itself).
    if (!text.isEmpty() && label->width() > 0)
        label->setMinimumHeight(label->heightForWidth(label->width()));
}
