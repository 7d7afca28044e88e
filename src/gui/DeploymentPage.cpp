#include "DeploymentPage.h"

#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

DeploymentPage::DeploymentPage(DeploymentConfig* config, DeploymentSecrets* secrets, QWidget* parent)
    : QWizardPage(parent)
    , m_config(config)
    , m_secrets(secrets)
{}

DeploymentPage::~DeploymentPage()
{
    // The fields outlive this part of the page: ~QWidget moves the focus and a field's
    // editingFinished would call refresh() on a page that is half destroyed.
    for (const QObject* field : std::as_const(m_watched)) {
        auto* object = const_cast<QObject*>(field);
        disconnect(object, nullptr, this, nullptr);
        if (auto* combo = qobject_cast<QComboBox*>(object); combo && combo->lineEdit())
            disconnect(combo->lineEdit(), nullptr, this, nullptr);
    }
}

void DeploymentPage::load(bool showProblems)
{
    m_loading = true;
    m_touched.clear();
    loadFields();
    m_loading = false;
    if (showProblems) {
        for (const QObject* field : std::as_const(m_watched))
            m_touched.insert(field);
    }
    refresh();
}

void DeploymentPage::watch(QLineEdit* edit)
{
    m_watched << edit;
    connect(edit, &QLineEdit::textEdited, this, [this, edit] {
        touch(edit);
        refresh();
    });
    connect(edit, &QLineEdit::editingFinished, this, [this, edit] {
        touch(edit);
        refresh();
    });
    connect(edit, &QLineEdit::textChanged, this, [this] {
        if (!m_loading)
            refresh();
    });
}

void DeploymentPage::watch(QSpinBox* spin)
{
    m_watched << spin;
    connect(spin, &QSpinBox::valueChanged, this, [this, spin] {
        if (m_loading)
            return;
        touch(spin);
        refresh();
    });
    connect(spin, &QSpinBox::editingFinished, this, [this, spin] {
        touch(spin);
        refresh();
    });
}

void DeploymentPage::watch(QComboBox* combo)
{
    m_watched << combo;
    if (combo->isEditable()) {
        connect(combo->lineEdit(), &QLineEdit::textEdited, this, [this, combo] {
            touch(combo);
            refresh();
        });
        connect(combo->lineEdit(), &QLineEdit::editingFinished, this, [this, combo] {
            touch(combo);
            refresh();
        });
        connect(combo, &QComboBox::editTextChanged, this, [this] {
            if (!m_loading)
                refresh();
        });
    }
    connect(combo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            refresh();
    });
    connect(combo, &QComboBox::activated, this, [this, combo] {
        touch(combo);
        refresh();
    });
}

void DeploymentPage::showProblem(const QString& problem, const QString& fix, const QObject* field,
                                 QLabel* message, const QString& fieldName)
{
    if (problem.isEmpty() || !isTouched(field)) {
        clearMessage(message);
        return;
    }
    message->setText(tr("%1: %2 — %3").arg(fieldName, problem, fix));
    fitHeight(message);
    message->setVisible(true);
}

void DeploymentPage::clearMessage(QLabel* message)
{
    // Empty, not hidden: the line stays reserved (QFormLayout gives a hidden row no room at all,
    // whatever the size policy says).
    message->clear();
    message->setMaximumHeight(message->fontMetrics().lineSpacing());
}

void DeploymentPage::setUpMessage(QLabel* message)
{
    message->setWordWrap(true);
    message->setTextFormat(Qt::PlainText);
    QPalette palette = message->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    message->setPalette(palette);
    // An empty message keeps one line of room: the fields below do not jump as it comes and goes.
    message->setMinimumHeight(message->fontMetrics().lineSpacing());
    message->clear();
    message->installEventFilter(this);
}

bool DeploymentPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Resize) {
        if (auto* message = qobject_cast<QLabel*>(watched))
            fitHeight(message);
    }
    return QWizardPage::eventFilter(watched, event);
}

void DeploymentPage::fitHeight(QLabel* message)
{
    const int height = message->heightForWidth(message->width());
    if (height > 0 && message->maximumHeight() != height)
        message->setMaximumHeight(height);
}

void DeploymentPage::setComplete(bool complete)
{
    m_complete = complete;
    emit completeChanged();
}
