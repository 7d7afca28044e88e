#include "ServerPage.h"

#include "ConnectionCheckPanel.h"
#include "FileDialogs.h"
#include "provisioning/PayloadProfile.h"

#include "ui_ServerPage.h"

#include <QCheckBox>
#include <QDir>
#include <QTimer>

namespace {

// Rows of authCombo, in the order of the .ui file.
constexpr SshAuth authByIndex[] = {SshAuth::Agent, SshAuth::Key, SshAuth::Password};

} // namespace

ServerPage::ServerPage(DeploymentConfig* config, DeploymentSecrets* secrets, QWidget* parent)
    : DeploymentPage(config, secrets, parent)
    , m_ui(new Ui::ServerPage)
    , m_connectionCheck(new ConnectionCheckPanel)
    , m_secretStore(new SecretStore(this))
    , m_lookupTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->connectionCheckLayout->addWidget(m_connectionCheck);
    // The Review page flags a deployment whose server was not tested.
    registerField(QStringLiteral("connectionCheckSkipped"), m_connectionCheck->skipCheckBox());
    registerField(QStringLiteral("connectionTested"), m_connectionCheck, "tested", SIGNAL(stateChanged()));
    registerField(QStringLiteral("failedServerChecks"), m_connectionCheck, "failedFacts",
                  SIGNAL(stateChanged()));
    connect(m_connectionCheck, &ConnectionCheckPanel::stateChanged, this, &ServerPage::refresh);
    for (QLabel* message : {m_ui->hostError, m_ui->portError, m_ui->userError, m_ui->identityFileError,
                            m_ui->sshPasswordError, m_ui->domainError})
        setUpMessage(message);
    for (QLineEdit* edit : {m_ui->hostEdit, m_ui->userEdit, m_ui->identityFileEdit, m_ui->keyPassphraseEdit,
                            m_ui->sshPasswordEdit, m_ui->domainEdit})
        watch(edit);
    watch(m_ui->portSpin);
    watch(m_ui->authCombo);
    connect(m_ui->browseIdentityButton, &QPushButton::clicked, this, &ServerPage::browseIdentityFile);

    m_password.edit = m_ui->sshPasswordEdit;
    m_password.box = m_ui->rememberPasswordCheck;
    m_password.auth = SshAuth::Password;
    m_passphrase.edit = m_ui->keyPassphraseEdit;
    m_passphrase.box = m_ui->rememberPassphraseCheck;
    m_passphrase.auth = SshAuth::Key;
    for (Rememberable* secret : {&m_password, &m_passphrase}) {
        // clicked, not toggled: only the user's own click may delete an entry.
        connect(secret->box, &QCheckBox::clicked, this,
                [this, secret](bool checked) { rememberToggled(secret, checked); });
    }
    m_ui->keychainMessageLabel->setVisible(false);
    // Looked up once typing pauses, not on every key press.
    m_lookupTimer->setSingleShot(true);
    m_lookupTimer->setInterval(300);
    connect(m_lookupTimer, &QTimer::timeout, this, &ServerPage::lookUpRemembered);
    connect(m_connectionCheck, &ConnectionCheckPanel::stateChanged, this, &ServerPage::rememberAfterTest);
    load(false);
}

ServerPage::~ServerPage() = default;

SshAuth ServerPage::selectedAuth() const
{
    const int index = m_ui->authCombo->currentIndex();
    return index >= 0 && index < int(std::size(authByIndex)) ? authByIndex[index] : SshAuth::Agent;
}

void ServerPage::browseIdentityFile()
{
    const QString current = m_ui->identityFileEdit->text().trimmed();
    const QString path = FileDialogs::openFileName(
        this, tr("Choose the SSH private key"),
        current.isEmpty() ? QDir::homePath() + QStringLiteral("/.ssh") : current, tr("All files (*)"));
    if (path.isEmpty())
        return;
    m_ui->identityFileEdit->setText(path);
    touch(m_ui->identityFileEdit);
    refresh();
}

void ServerPage::initializePage()
{
    // A test deployment goes next to production on the master server, not onto a fresh one.
    setSubTitle(config().mode == DeploymentMode::Test
                    ? tr("The master server that already runs production: the test instance is installed "
                         "next to it. How to log in to it over SSH, and the domain of the test web "
                         "interface.")
                    : tr("The fresh server (VDS) to deploy to, how to log in to it over SSH, and the domain "
                         "of the web interface."));
    DeploymentPage::initializePage();
}

void ServerPage::loadFields()
{
    const ServerConfig& server = config().server;
    m_ui->hostEdit->setText(server.host);
    m_ui->portSpin->setValue(server.port);
    m_ui->userEdit->setText(server.user);
    for (int i = 0; i < int(std::size(authByIndex)); ++i) {
        if (authByIndex[i] == server.auth)
            m_ui->authCombo->setCurrentIndex(i);
    }
    m_ui->identityFileEdit->setText(server.identityFile);
    m_ui->keyPassphraseEdit->setText(secrets().keyPassphrase);
    m_ui->sshPasswordEdit->setText(secrets().sshPassword);
    // A loaded internationalised domain reads as typed (кассы.рф); Review adds its ASCII form.
    m_ui->domainEdit->setText(FieldRules::unicodeDomain(server.domain));
}

void ServerPage::refresh()
{
    if (isLoading())
        return;
    ServerConfig& server = config().server;
    const SshAuth auth = selectedAuth();
    const bool key = auth == SshAuth::Key;
    const bool password = auth == SshAuth::Password;
    m_ui->formLayout->setRowVisible(m_ui->identityFileLayout, key);
    m_ui->formLayout->setRowVisible(m_ui->identityFileError, key);
    m_ui->formLayout->setRowVisible(m_ui->sshPasswordError, password);
    m_ui->formLayout->setRowVisible(m_ui->keyPassphraseLayout, key);
    m_ui->formLayout->setRowVisible(m_ui->sshPasswordLayout, password);

    bool ok = true;
    const auto host = FieldRules::host(m_ui->hostEdit->text());
    ok &= report(host, m_ui->hostEdit, m_ui->hostError, tr("Host"));
    server.host = host.ok() ? host.value : m_ui->hostEdit->text();

    server.port = m_ui->portSpin->value();
    ok &= report(FieldRules::port(server.port), m_ui->portSpin, m_ui->portError, tr("SSH port"));

    const auto user = FieldRules::sshUser(m_ui->userEdit->text());
    ok &= report(user, m_ui->userEdit, m_ui->userError, tr("User"));
    server.user = user.ok() ? user.value : m_ui->userEdit->text();

    server.auth = auth;
    server.identityFile.clear();
    secrets().keyPassphrase.clear();
    secrets().sshPassword.clear();
    if (key) {
        const auto identity = FieldRules::identityFile(m_ui->identityFileEdit->text());
        ok &= report(identity, m_ui->identityFileEdit, m_ui->identityFileError, tr("Key file"));
        server.identityFile = identity.ok() ? identity.value : m_ui->identityFileEdit->text();
        secrets().keyPassphrase = m_ui->keyPassphraseEdit->text();
    } else {
        clearMessage(m_ui->identityFileError);
    }
    if (password) {
        secrets().sshPassword = m_ui->sshPasswordEdit->text();
        const bool empty = secrets().sshPassword.isEmpty();
        showProblem(empty ? tr("is empty") : QString(),
                    tr("enter the password of the user on the server, or choose another login method"),
                    m_ui->sshPasswordEdit, m_ui->sshPasswordError, tr("SSH password"));
        ok &= !empty;
    } else {
        clearMessage(m_ui->sshPasswordError);
    }

    // Test connection needs only what SSH needs; the domain is checked by it when it is valid.
    const bool sshReady = ok;
    const auto domain = FieldRules::domain(m_ui->domainEdit->text());
    ok &= report(domain, m_ui->domainEdit, m_ui->domainError, tr("Domain"));
    server.domain = domain.ok() ? domain.value : m_ui->domainEdit->text();
    if (m_requirementsProfile != config().profile) {
        // Python and the system are judged against the payload profile of the release to deploy.
        m_requirementsProfile = config().profile;
        QString profileError;
        const PayloadProfile profile = PayloadProfile::forConfig(config().profile, &profileError);
        if (profileError.isEmpty())
            m_connectionCheck->setRequirements(profile.serverRequirements());
    }
    ServerConfig tested = server;
    if (!domain.ok())
        tested.domain.clear();
    m_connectionCheck->setServer(tested, secrets().sshPassword, secrets().keyPassphrase, sshReady);
    setComplete(ok && m_connectionCheck->allowsNext());
    for (Rememberable* secret : {&m_password, &m_passphrase}) {
        // A ticked box for other server settings stands for no entry until a test stores one.
        if (!secret->storedKey.isEmpty() && secret->storedKey != keychainKey(*secret))
            secret->storedKey.clear();
    }
    m_lookupTimer->start();
}

QString ServerPage::keychainKey(const Rememberable& secret) const
{
    const auto host = FieldRules::host(m_ui->hostEdit->text());
    const auto user = FieldRules::sshUser(m_ui->userEdit->text());
    const int port = m_ui->portSpin->value();
    if (!host.ok() || !user.ok() || !FieldRules::port(port).ok())
        return QString();
    if (secret.auth == SshAuth::Password)
        return SecretStore::keyFor(SecretStore::Kind::SshPassword, host.value, port, user.value);
    const auto identity = FieldRules::identityFile(m_ui->identityFileEdit->text());
    if (!identity.ok())
        return QString();
    return SecretStore::passphraseKeyFor(host.value, port, user.value, identity.value);
}

void ServerPage::lookUpRemembered()
{
    for (Rememberable* secret : {&m_password, &m_passphrase}) {
        const QString key = keychainKey(*secret);
        // Only for the login method in use, only into an empty field, and once per entry.
        if (key.isEmpty() || selectedAuth() != secret->auth || !secret->edit->text().isEmpty() ||
            key == secret->lookedUpKey)
            continue;
        secret->lookedUpKey = key;
        m_secretStore->read(key, [this, secret, key](const SecretStore::Result& result) {
            takeRemembered(secret, key, result);
        });
    }
}

void ServerPage::takeRemembered(Rememberable* secret, const QString& key, const SecretStore::Result& result)
{
    if (result.status == SecretStore::Status::NotFound)
        return;
    if (!result.ok()) {
        showKeychainMessage(tr("Could not look up a remembered password: %1").arg(result.message), true);
        return;
    }
    // The user may have typed something or moved to another server meanwhile: theirs wins.
    if (key != keychainKey(*secret) || !secret->edit->text().isEmpty())
        return;
    secret->storedKey = key;
    secret->box->setChecked(true);
    secret->edit->setText(result.secret);
    showKeychainMessage(secret == &m_password ? tr("The SSH password was filled in from the keychain.")
                                              : tr("The key passphrase was filled in from the keychain."),
                        false);
    refresh();
}

void ServerPage::rememberToggled(Rememberable* secret, bool checked)
{
    if (checked) {
        const ConnectionCheckPanel::State state = m_connectionCheck->state();
        if (state == ConnectionCheckPanel::State::Passed || state == ConnectionCheckPanel::State::Problems)
            store(secret);
        else
            showKeychainMessage(
                tr("It will be stored in the keychain once Test connection has logged in with "
                   "it."),
                false);
        return;
    }
    const QString key = secret->storedKey;
    secret->storedKey.clear();
    if (key.isEmpty()) {
        showKeychainMessage(QString(), false);
        return;
    }
    m_secretStore->remove(key, [this](const SecretStore::Result& result) {
        if (result.ok() || result.status == SecretStore::Status::NotFound)
            showKeychainMessage(tr("Removed from the keychain."), false);
        else
            showKeychainMessage(tr("Could not remove the remembered password: %1").arg(result.message), true);
    });
}

void ServerPage::rememberAfterTest()
{
    // Logged in (even when some fact failed): the secret is proven right, so it may be kept.
    const ConnectionCheckPanel::State state = m_connectionCheck->state();
    if (state != ConnectionCheckPanel::State::Passed && state != ConnectionCheckPanel::State::Problems)
        return;
    for (Rememberable* secret : {&m_password, &m_passphrase}) {
        if (secret->box->isChecked())
            store(secret);
    }
}

void ServerPage::store(Rememberable* secret)
{
    const QString key = keychainKey(*secret);
    const QString value = secret->edit->text();
    if (key.isEmpty() || selectedAuth() != secret->auth || value.isEmpty())
        return;
    m_secretStore->write(key, value, [this, secret, key](const SecretStore::Result& result) {
        if (!result.ok()) {
            secret->box->setChecked(false);
            showKeychainMessage(tr("Could not remember it in the keychain: %1").arg(result.message), true);
            return;
        }
        secret->storedKey = key;
        secret->lookedUpKey = key;
        if (!secret->box->isChecked()) {
            // Unticked while the write was under way: the user wants it gone after all.
            rememberToggled(secret, false);
            return;
        }
        showKeychainMessage(secret == &m_password ? tr("The SSH password is remembered in the keychain.")
                                                  : tr("The key passphrase is remembered in the keychain."),
                            false);
    });
}

void ServerPage::showKeychainMessage(const QString& text, bool problem)
{
    QLabel* label = m_ui->keychainMessageLabel;
    label->setText(text);
    QPalette palette;
    if (problem)
        palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    label->setPalette(palette);
    label->setVisible(!text.isEmpty());
}
