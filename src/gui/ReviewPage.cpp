#include "ReviewPage.h"

#include "DeploymentWorker.h"
#include "GuiLogging.h"
#include "core/ConfigValidator.h"
#include "provisioning/PayloadProfile.h"
#include "releases/ReleaseProvider.h"
#include "telegram/TelegramBotApi.h"
#include "telegram/TelegramCall.h"
#include "ui_ReviewPage.h"

#include <QHeaderView>
#include <QStringList>

namespace {

// An HTML table of label/value rows; values are user data and always escaped.
class Summary
{
public:
    void add(const QString& label, const QString& value)
    {
        m_rows << QStringLiteral("<tr><td style=\"padding-right:12px\">%1</td><td><b>%2</b></td></tr>")
                      .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    }
    // A value the operator must not overlook, in the error colour.
    void warn(const QString& label, const QString& value)
    {
        m_rows << QStringLiteral(
                      "<tr><td style=\"padding-right:12px\">%1</td><td><b style=\"color:#b00020\">%2</b>"
                      "</td></tr>")
                      .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    }
    QString html() const { return QStringLiteral("<table>%1</table>").arg(m_rows.join(QString())); }

private:
    QStringList m_rows;
};

// Where a test instance goes, from the payload profile the deployment will use.
void addTestInstance(Summary* summary, const DeploymentConfig& config)
{
    QString error;
    const PayloadProfile profile = config.profile.isEmpty() ? PayloadProfile::builtIn(&error)
                                                            : PayloadProfile::load(config.profile, &error);
    if (!error.isEmpty()) {
        summary->add(ReviewPage::tr("Test instance:"),
                     ReviewPage::tr("unknown — the payload profile cannot be read: %1").arg(error));
        return;
    }
    summary->add(ReviewPage::tr("Test folder:"), profile.test.appDir);
    summary->add(ReviewPage::tr("Test web port:"), QString::number(profile.test.webPort));
    summary->add(ReviewPage::tr("Test database:"), profile.test.database);
}

} // namespace

ReviewPage::ReviewPage(DeploymentConfig* config, DeploymentSecrets* secrets, QWidget* parent)
    : DeploymentPage(config, secrets, parent)
    , m_ui(new Ui::ReviewPage)
{
    m_ui->setupUi(this);
    m_ui->saveMessageLabel->setVisible(false);
    m_ui->serverChecksGroup->setVisible(false);
    const std::pair<QPushButton*, WizardPageId> edits[] = {
        {m_ui->editModeButton, WelcomePageId},        {m_ui->editServerButton, ServerPageId},
        {m_ui->editAdminButton, AdministratorPageId}, {m_ui->editBotButton, TelegramBotPageId},
        {m_ui->editAdminIdsButton, AdminIdsPageId},   {m_ui->editSettingsButton, SystemSettingsPageId},
        {m_ui->editWebButton, WebSecurityPageId}};
    for (const auto& [button, page] : edits) {
        button->setCursor(Qt::PointingHandCursor);
        // Looks like the link it is: it only navigates.
        button->setStyleSheet(QStringLiteral("QPushButton { color: palette(link); text-decoration: "
                                             "underline; border: none; padding: 2px 8px; }"));
        button->setToolTip(tr("Go back to this page; what you entered is kept"));
        connect(button, &QPushButton::clicked, this, [this, page = page] { emit editRequested(page); });
    }
    connect(m_ui->saveConfigButton, &QPushButton::clicked, this, &ReviewPage::saveRequested);

    m_planWorker = new DeploymentWorker(this);
    m_releaseProvider = new ReleaseProvider(this);
    connect(m_releaseProvider, &ReleaseProvider::stage, m_ui->planStatusLabel, &QLabel::setText);
    connect(m_releaseProvider, &ReleaseProvider::progress, this, [this](qint64 done, qint64 total) {
        m_ui->planBusy->setMaximum(100);
        m_ui->planBusy->setValue(total > 0 ? int(done * 100 / total) : 0);
    });
    connect(m_releaseProvider, &ReleaseProvider::finished, this, &ReviewPage::releaseFetched);
    m_botApi = new TelegramBotApi(this);
    setUpMessage(m_ui->planErrorLabel);
    m_ui->planTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->planTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(m_ui->checkPlanButton, &QPushButton::clicked, this, &ReviewPage::checkPlan);
    connect(m_ui->cancelPlanButton, &QPushButton::clicked, this, &ReviewPage::cancelPlan);
    connect(m_planWorker, &DeploymentWorker::finished, this, &ReviewPage::planFinished);
    connect(m_ui->confirmCheck, &QCheckBox::toggled, this, &ReviewPage::updateComplete);
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("De&ploy"));
    resetPlan();
    load(false);
}

ReviewPage::~ReviewPage() = default;

void ReviewPage::initializePage()
{
    m_ui->saveMessageLabel->setVisible(false);
    // The configuration may have changed since the last plan: it must be computed again.
    resetPlan();
    refresh();
}

void ReviewPage::setJournalPath(const QString& path)
{
    m_planWorker->setJournalPath(path);
}

void ReviewPage::resetPlan()
{
    if (m_releaseProvider->isRunning())
        m_releaseProvider->cancel();
    if (m_planWorker->isRunning())
        m_planWorker->cancel();
    if (m_tokenCall)
        m_tokenCall->cancel();
    m_planReady = false;
    m_tokenValid = false;
    m_ui->planTable->setRowCount(0);
    m_ui->confirmCheck->setChecked(false);
    m_ui->confirmCheck->setEnabled(false);
    m_ui->revalidationLabel->clear();
    m_ui->revalidationLabel->setVisible(false);
    m_ui->planStatusLabel->setText(tr("Not checked yet."));
    clearMessage(m_ui->planErrorLabel);
    setPlanRunning(m_planWorker->isRunning());
    updateComplete();
}

void ReviewPage::setPlanRunning(bool running)
{
    m_ui->planBusy->setVisible(running);
    m_ui->planBusy->setMaximum(0); // busy; a release download shows its share
    m_ui->cancelPlanButton->setVisible(running);
    m_ui->checkPlanButton->setEnabled(!running);
}

void ReviewPage::showPlanError(const QString& message)
{
    m_ui->planErrorLabel->setText(message);
    m_ui->planErrorLabel->setVisible(true);
}

void ReviewPage::checkPlan()
{
    if (m_planWorker->isRunning() || m_releaseProvider->isRunning())
        return;
    resetPlan();
    const DeploymentConfig validated = ConfigValidator::validate(config()).config;
    if (validated.release.source != ReleaseSource::File && !m_release.answers(validated.release)) {
        fetchRelease(validated);
        return;
    }
    QString error;
    const DeploymentRequest request = DeploymentRequest::make(validated, secrets(), &error, m_release);
    if (!error.isEmpty()) {
        m_ui->planStatusLabel->setText(tr("No plan."));
        showPlanError(tr("The plan cannot be computed: %1").arg(error));
        return;
    }
    m_ui->planStatusLabel->setText(tr("Asking the server what each step would do…"));
    setPlanRunning(true);
    m_planWorker->startPlan(request);
}

void ReviewPage::fetchRelease(const DeploymentConfig& validated)
{
    QString error;
    const PayloadProfile profile = PayloadProfile::forConfig(validated.profile, &error);
    if (!error.isEmpty()) {
        m_ui->planStatusLabel->setText(tr("No plan."));
        showPlanError(tr("The plan cannot be computed: %1").arg(error));
        return;
    }
    m_ui->planStatusLabel->setText(tr("Fetching and verifying the release…"));
    setPlanRunning(true);
    m_releaseProvider->setLayout(profile.releaseLayout());
    m_releaseProvider->start(validated.release);
}

void ReviewPage::releaseFetched()
{
    setPlanRunning(false);
    switch (m_releaseProvider->failure()) {
    case ReleaseProvider::Failure::None:
        m_release = m_releaseProvider->release();
        emit releaseVerified(m_release);
        checkPlan();
        return;
    case ReleaseProvider::Failure::Cancelled:
        m_ui->planStatusLabel->setText(tr("Cancelled: no plan."));
        return;
    default:
        // The provider's text names the cause: the network, GitHub, the checksum or the archive.
        m_ui->planStatusLabel->setText(tr("No plan."));
        showPlanError(tr("The release cannot be used: %1").arg(problemList(m_releaseProvider->errorText())));
        return;
    }
}

void ReviewPage::cancelPlan()
{
    m_releaseProvider->cancel();
    if (!m_planWorker->isRunning())
        return;
    m_planWorker->cancel();
    m_ui->planStatusLabel->setText(tr("Cancelling…"));
}

void ReviewPage::planFinished()
{
    setPlanRunning(false);
    const DeploymentWorker::Result& result = m_planWorker->result();
    if (m_planWorker->wasCancelled()) {
        m_ui->planStatusLabel->setText(tr("Cancelled: no plan."));
        return;
    }
    if (!result.planError.isEmpty() || result.plan.isEmpty()) {
        m_ui->planStatusLabel->setText(tr("No plan."));
        showPlanError(planProblem(result));
        return;
    }
    int changes = 0;
    int unknown = 0;
    m_ui->planTable->setRowCount(int(result.plan.size()));
    for (int row = 0; row < result.plan.size(); ++row) {
        const PlanItem& item = result.plan.at(row);
        QString state;
        QColor colour;
        switch (item.state) {
        case PlanItem::State::Done:
            state = tr("already done");
            colour = QColor(0x1b, 0x5e, 0x20);
            break;
        case PlanItem::State::WillChange:
            state = tr("will change");
            colour = QColor(0x0d, 0x47, 0xa1);
            ++changes;
            break;
        case PlanItem::State::Unknown:
            state = tr("cannot know until run");
            colour = QColor(0x8a, 0x5a, 0x00);
            ++unknown;
            break;
        }
        auto* title = new QTableWidgetItem(item.title);
        title->setData(Qt::UserRole, item.stepId);
        auto* stateItem = new QTableWidgetItem(state);
        stateItem->setForeground(colour);
        stateItem->setData(Qt::UserRole, int(item.state));
        m_ui->planTable->setItem(row, 0, title);
        m_ui->planTable->setItem(row, 1, stateItem);
        m_ui->planTable->setItem(row, 2, new QTableWidgetItem(item.reason));
    }
    m_ui->planStatusLabel->setText(tr("%n step(s) in the plan", nullptr, int(result.plan.size())) +
                                   QStringLiteral(": ") + tr("%n will change", nullptr, changes) +
                                   QStringLiteral(", ") +
                                   tr("%n cannot be known until run", nullptr, unknown) + u'.');
    m_planReady = true;
    m_ui->confirmCheck->setEnabled(true);
    // The server answered, so it is reachable; the token is the other thing that may have
    // changed since its page: ask Telegram once more.
    m_ui->revalidationLabel->setPalette(QPalette());
    m_ui->revalidationLabel->setText(tr("Checking that the bot token is still valid…"));
    m_ui->revalidationLabel->setVisible(true);
    m_botApi->setBaseUrl(TelegramBotApi::configuredBaseUrl());
    m_botApi->setToken(secrets().botToken);
    m_tokenCall = m_botApi->getMe();
    connect(m_tokenCall, &TelegramCall::finished, this, &ReviewPage::tokenChecked);
    updateComplete();
}

void ReviewPage::tokenChecked()
{
    auto* call = qobject_cast<TelegramCall*>(sender());
    if (!call)
        return;
    call->deleteLater();
    if (call != m_tokenCall)
        return;
    const TelegramResult result = call->result();
    if (result.error == TelegramResult::Error::Cancelled)
        return;
    if (result.error == TelegramResult::Error::None) {
        m_tokenValid = true;
        m_ui->revalidationLabel->setPalette(QPalette());
        m_ui->revalidationLabel->setText(
            tr("Server reachable (the plan came from it); bot token valid: @%1.")
                .arg(result.result.toObject().value(QStringLiteral("username")).toString()));
    } else {
        m_tokenValid = false;
        setUpMessage(m_ui->revalidationLabel);
        m_ui->revalidationLabel->setText(tokenProblem(result));
        m_ui->revalidationLabel->setVisible(true);
    }
    qCInfo(lcGui) << "bot token revalidated:" << m_tokenValid;
    updateComplete();
}

QString ReviewPage::problemList(const QString& problems)
{
    const QStringList all = problems.split(QStringLiteral("; "), Qt::SkipEmptyParts);
    return all.size() <= 1 ? problems : QStringLiteral("\n• ") + all.join(QStringLiteral("\n• "));
}

QString ReviewPage::planProblem(const DeploymentWorker::Result& result)
{
    if (result.planError.isEmpty())
        return tr("The server could not be asked: it reported no steps");
    // Name the real cause: the release archive, the connection, or the server's answer.
    switch (result.outcome.status) {
    case DeploymentOutcome::Status::ReleaseRejected:
        return tr("The release archive cannot be used — choose another release or a correct archive on "
                  "the System settings page: %1")
            .arg(problemList(result.planError));
    case DeploymentOutcome::Status::NotConnected:
        return tr("The server could not be reached: %1").arg(result.planError);
    case DeploymentOutcome::Status::Locked:
        return tr("The server is locked by another deployment: %1").arg(result.planError);
    default:
        return tr("The server could not be asked: %1").arg(result.planError);
    }
}

QString ReviewPage::tokenProblem(const TelegramResult& result)
{
    switch (result.error) {
    case TelegramResult::Error::Unauthorized:
        return tr("Bot token: Telegram no longer accepts it (%1) — go back to the Telegram bot page and "
                  "enter a valid token.")
            .arg(result.message);
    case TelegramResult::Error::Network:
    case TelegramResult::Error::Protocol:
    case TelegramResult::Error::RateLimited:
        // Not the token's fault: say what is, and how to try again.
        return tr("Bot token not checked: %1. Press Check plan again when Telegram can be reached.")
            .arg(result.message);
    default:
        return tr("Bot token: Telegram refused the check: %1").arg(result.message);
    }
}

void ReviewPage::updateComplete()
{
    setComplete(m_planReady && m_tokenValid && m_ui->confirmCheck->isChecked());
}

void ReviewPage::setSaveMessage(const QString& message, bool failed)
{
    if (failed)
        setUpMessage(m_ui->saveMessageLabel);
    else
        m_ui->saveMessageLabel->setPalette(QPalette());
    m_ui->saveMessageLabel->setText(message);
    m_ui->saveMessageLabel->setVisible(!message.isEmpty());
}

void ReviewPage::loadFields() {}

void ReviewPage::refresh()
{
    const DeploymentConfig& c = config();
    const DeploymentSecrets& s = secrets();
    const QString set = tr("set");
    const QString notSet = tr("not set");

    Summary mode;
    mode.add(tr("Kind:"),
             c.mode == DeploymentMode::Production ? tr("Production deployment") : tr("Test deployment"));
    if (c.mode == DeploymentMode::Test)
        addTestInstance(&mode, c);
    m_ui->modeSummary->setText(mode.html());

    Summary server;
    server.add(tr("Host:"), c.server.host);
    server.add(tr("SSH port:"), QString::number(c.server.port));
    server.add(tr("User:"), c.server.user);
    switch (c.server.auth) {
    case SshAuth::Agent:
        server.add(tr("Login method:"), tr("ssh-agent"));
        break;
    case SshAuth::Key:
        server.add(tr("Login method:"), tr("private key file"));
        server.add(tr("Key file:"), c.server.identityFile);
        server.add(tr("Key passphrase:"), s.keyPassphrase.isEmpty() ? notSet : set);
        break;
    case SshAuth::Password:
        server.add(tr("Login method:"), tr("password"));
        server.add(tr("SSH password:"), s.sshPassword.isEmpty() ? notSet : set);
        break;
    }
    server.add(tr("Domain:"), FieldRules::displayDomain(c.server.domain));
    if (field(QStringLiteral("connectionTested")).toBool())
        server.add(tr("Connection test:"), tr("passed"));
    else if (field(QStringLiteral("connectionCheckSkipped")).toBool())
        server.add(tr("Connection test:"),
                   tr("⚠ NOT PASSED — you chose to continue without a successful test; "
                      "the deployment may fail on this server"));
    m_ui->serverSummary->setText(server.html());

    Summary admin;
    admin.add(tr("Full name:"), c.admin.fullName);
    admin.add(tr("Email:"), c.admin.email);
    admin.add(tr("Phone:"), c.admin.phone);
    admin.add(tr("Company:"), c.admin.company);
    admin.add(tr("Password:"), c.admin.passwordMode == PasswordMode::Generate
                                   ? tr("generated, shown once when the deployment completes")
                                   : tr("typed, %1").arg(s.adminPassword.isEmpty() ? notSet : set));
    m_ui->adminSummary->setText(admin.html());

    Summary bot;
    bot.add(tr("Bot token:"), s.botToken.isEmpty() ? notSet : set);
    m_ui->botSummary->setText(bot.html());

    QStringList ids;
    for (qint64 id : c.telegram.adminIds)
        ids << QString::number(id);
    Summary adminIds;
    adminIds.add(tr("Telegram IDs:"), ids.join(QStringLiteral(", ")));
    m_ui->adminIdsSummary->setText(adminIds.html());

    QStringList days;
    for (int d : c.settings.alertDays)
        days << QString::number(d);
    Summary settings;
    settings.add(tr("Notifications at:"), c.settings.notificationTime);
    settings.add(tr("Time zone:"), c.settings.timezone);
    settings.add(tr("Alert days before a deadline:"), days.join(QStringLiteral(", ")));
    settings.add(tr("Backup at:"), c.settings.backupTime);
    settings.add(tr("Keep backups, days:"), QString::number(c.settings.backupRetentionDays));
    switch (c.release.source) {
    case ReleaseSource::Latest:
        settings.add(tr("Release:"), tr("the latest release"));
        break;
    case ReleaseSource::Tag:
        settings.add(tr("Release:"), tr("tag %1").arg(c.release.tag));
        break;
    case ReleaseSource::File:
        settings.add(tr("Release:"), tr("local file %1").arg(c.release.path));
        settings.add(tr("Checksums:"), c.release.checksums);
        break;
    }
    m_ui->settingsSummary->setText(settings.html());
    showWeb();
    updateComplete();
}

void ReviewPage::showWeb()
{
    const DeploymentConfig& c = config();
    Summary web;
    switch (c.web.tls) {
    case TlsMode::LetsEncrypt:
        web.add(tr("HTTPS:"),
                tr("a Let’s Encrypt certificate for %1").arg(FieldRules::displayDomain(c.server.domain)));
        break;
    case TlsMode::Existing:
        web.add(tr("HTTPS:"), tr("the existing certificate on the server"));
        web.add(tr("Certificate file:"), c.web.certificateFile);
        web.add(tr("Private key file:"), c.web.keyFile);
        break;
    case TlsMode::None:
        web.warn(tr("HTTPS:"),
                 tr("⚠ none — the site is served over plain HTTP: logins and passwords travel unencrypted"));
        if (c.mode == DeploymentMode::Production)
            web.warn(tr("Plain HTTP:"), c.web.acceptNoTls
                                            ? tr("acknowledged for this production site")
                                            : tr("NOT acknowledged — go to Edit and confirm it"));
        break;
    }
    web.add(tr("Firewall:"), c.firewall == FirewallMode::Manage
                                 ? tr("managed: ufw allows SSH port %1, 80 and 443").arg(c.server.port)
                                 : tr("left as it is on the server"));
    web.add(tr("Payload profile:"), c.profile.isEmpty() ? tr("built in (KKT 1.0)") : c.profile);
    m_ui->webSummary->setText(web.html());
}
