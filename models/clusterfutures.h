#pragma once

// Continuations for the seam's futures (models/clusterapi.h), safe when their receiver dies first.
//
// `future.then(context, f)` in Qt 6.4 keeps only a QPointer to `context`; when the context is
// destroyed before the future finishes (a drainer cancelled, a runner deleted mid-call), the
// continuation asserts in debug builds and posts to a dead object in release builds. Qt 6.6 cancels
// such continuations instead. Until then this helper does it by hand: a synchronous continuation
// that looks at the context when the future finishes and, while it lives, queues the call to it;
// a call queued to a context destroyed meanwhile is dropped with the context's posted events.
//
// It used to be a QFutureWatcher owned by the context. The call comes at the same turn of the event
// loop as the watcher's finished() did (both are posted when the future finishes, and the
// watcher's earlier started/resultReady events called nothing), but without a QObject, three
// posted events and a deferred delete per call: a rehearsal at production size makes millions of
// reads (the drainer looks at every evicted pod once a second).

#include <QFuture>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <utility>

namespace Slipway {

// Calls `done(result)` on `context`'s thread, on a later turn of its event loop, when `future` has
// its result, unless `context` was destroyed first or the future was cancelled. The future must
// finish on `context`'s thread — every ClusterApi's futures finish on the thread of the api, which
// is its callers' — since the context is looked at there. A future has one continuation: call this
// once per future.
template<typename T, typename F>
void whenFinished(const QFuture<T> &future, QObject *context, F done)
{
    QFuture<T>(future).then(QtFuture::Launch::Sync, [context = QPointer<QObject>(context),
                                                     done = std::move(done)](
                                                        const QFuture<T> &finished) mutable {
        Q_ASSERT(!context || context->thread() == QThread::currentThread());
        if (!context || finished.resultCount() == 0)
            return; // the context is gone, or nobody will give a result any more
        QMetaObject::invokeMethod(
            context.data(), [done = std::move(done), result = finished.result()]() mutable { done(result); },
            Qt::QueuedConnection);
    });
}

} // namespace Slipway
