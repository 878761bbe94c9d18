import Dispatch
import Foundation
import SitrepIngest
import SitrepModel

/// Runs the pipeline over many inputs: reads them one by one, processes a bounded batch on all cores,
/// then hands each finished document, in input order, to `sink` (the store). Memory stays bounded by the batch.
public struct BatchRunner: Sendable {
    public let pipeline: Pipeline
    public var options: PipelineOptions
    /// Inputs processed together; bounds memory.
    public var batchSize: Int
    public var reader: InputReader

    /// What happened to a batch run.
    public struct Summary: Sendable {
        public var documents = 0
        public var failed = 0
        public var events = 0
    }

    public init(pipeline: Pipeline, options: PipelineOptions, batchSize: Int = 64, reader: InputReader = InputReader()) {
        self.pipeline = pipeline
        self.options = options
        self.batchSize = batchSize
        self.reader = reader
    }

    /// Processes every input of `paths`; errors go to `report` (one line each) and the rest go on.
    /// Each batch's documents go to `sink` together (one transaction in the store); if that fails, each
    /// document is stored alone so that one bad document cannot keep the others out.
    public func run(paths: [String], sink: ([Document]) throws -> Void, report: (String) -> Void) -> Summary {
        var summary = Summary()
        var batch: [RawInput] = []
        func flush() {
            guard !batch.isEmpty else { return }
            var done: [Document] = []
            for (input, result) in zip(batch, processAll(batch)) {
                switch result {
                case .success(let doc): done.append(doc)
                case .failure(let error):
                    summary.failed += 1
                    report(IngestError.message(error, input: input.origin))
                }
            }
            do {
                try sink(done)
                summary.documents += done.count
                summary.events += done.reduce(0) { $0 + $1.events.count }
            } catch {
                for doc in done {
                    do {
                        try sink([doc])
                        summary.documents += 1
                        summary.events += doc.events.count
                    } catch {
                        summary.failed += 1
                        report("\(doc.origin): not stored: \(error)")
                    }
                }
            }
            batch.removeAll(keepingCapacity: true)
        }
        reader.read(paths: paths) { item in
            switch item {
            case .success(let input):
                batch.append(input)
                if batch.count >= batchSize { flush() }
            case .failure(let error):
                summary.failed += 1
                report("\(error)")
            }
        }
        flush()
        return summary
    }

    /// Processes inputs in parallel, results in input order.
    public func processAll(_ inputs: [RawInput]) -> [Result<Document, Error>] {
        let box = ResultBox(count: inputs.count)
        let pipeline = self.pipeline, options = self.options
        DispatchQueue.concurrentPerform(iterations: inputs.count) { i in
            let r: Result<Document, Error> = Result { try pipeline.process(inputs[i], options: options) }
            box.set(i, r)
        }
        return box.values.map { $0! }
    }
}

/// Collects results written from several threads, each slot once.
final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var values: [Result<Document, Error>?]
    init(count: Int) { values = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ r: Result<Document, Error>) {
        lock.lock()
        values[i] = r
        lock.unlock()
    }
}
