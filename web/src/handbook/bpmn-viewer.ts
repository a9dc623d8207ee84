import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';

/** bpmn-js's viewer with pan and zoom, with its styles; imported on demand so the rest of the app stays small. */
export { NavigatedViewer };
