import { Component, type ErrorInfo, type ReactNode } from "react";

interface ErrorBoundaryProps {
  /** What to show instead of the children once one of them has thrown while rendering. */
  fallback: (error: unknown, retry: () => void) => ReactNode;
  children: ReactNode;
}

/** Keeps a rendering bug from leaving a blank pane: shows `fallback` with a way to retry. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { error?: unknown }> {
  override state: { error?: unknown } = {};

  static getDerivedStateFromError(error: unknown): { error: unknown } {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // The pane shows a sentence; the stack is for whoever opens the developer tools.
    console.error("KA2 Budget pane failed to render", error, info.componentStack);
  }

  private readonly retry = () => this.setState({ error: undefined });

  override render(): ReactNode {
    if (this.state.error !== undefined) return this.props.fallback(this.state.error, this.retry);
    return this.props.children;
  }
}
