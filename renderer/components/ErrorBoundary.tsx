import React from 'react';
import { AlertTriangle } from 'lucide-react';

interface State {
  error: Error | null;
}

/** Catches render errors of a page; the rest of the shell keeps working. resetKey change = retry. */
export class ErrorBoundary extends React.Component<{ children: React.ReactNode; resetKey?: string }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error, info: React.ErrorInfo) {
    console.error('ThuKy: lỗi giao diện', error, info.componentStack);
  }

  componentDidUpdate(prev: { resetKey?: string }) {
    if (this.state.error && prev.resetKey !== this.props.resetKey) this.setState({ error: null });
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="page">
        <div className="card card-pad empty" role="alert">
          <AlertTriangle size={36} className="empty-icon" aria-hidden />
          <h2>Trang này gặp lỗi khi hiển thị</h2>
          <p>
            Dữ liệu của anh/chị không bị ảnh hưởng. Hãy thử lại; nếu vẫn lỗi, hãy báo cho người phụ trách kỹ thuật kèm
            nội dung dưới đây.
          </p>
          <p>
            <code>{this.state.error.message}</code>
          </p>
          <div className="actions">
            <button type="button" className="btn btn-primary" onClick={() => this.setState({ error: null })}>
              Thử lại
            </button>
            <button type="button" className="btn" onClick={() => window.location.reload()}>
              Tải lại ứng dụng
            </button>
          </div>
        </div>
      </div>
    );
  }
}
