#include "ui/errorbanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace Slipway {

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
{
    setObjectName(QStringLiteral("errorBanner"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(
        QStringLiteral("#errorBanner { background: #fdecea; border: 1px solid #e0a8a3; border-radius: 4px; }"
                       "#errorBanner QLabel { color: #7f1d1d; }"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setToolTip(tr("Hide this message"));
    close->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_retry);
    layout->addWidget(close);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT retryRequested();
    });
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void ErrorBanner::showError(const QString &message, bool canRetry)
{
    m_label->setText(message);
    m_retry->setVisible(canRetry);
    show();
}

QString ErrorBanner::message() const
{
    return m_label->text();
}

} // namespace Slipway
